import type { Browser, Page } from 'playwright-core'
import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { vietnameseContext } from './browser'

/**
 * Walking the admin as a person does: the only typed address is /admin (and its login form); every other page is
 * reached through the side navigation, list rows and buttons.
 */

/** A wide Vietnamese page whose confirmation dialogs are accepted. */
export async function desktopPage(browser: Browser): Promise<Page> {
  const page = await (await vietnameseContext(browser, { desktop: true })).newPage()
  page.on('dialog', (d) => void d.accept())
  return page
}

/** Opens /admin, signs in on the form it shows and waits for the dashboard. */
export async function signInAtAdmin(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/admin')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
  await page.getByText('Bảng điều khiển').first().waitFor({ timeout: 60_000 })
}

/**
 * Follows a link of the admin's side navigation by its visible text. `discardChanges`: the open document has
 * unsaved changes (a refused save), and the person confirms Payload's "leave without saving" question.
 */
export async function followNav(page: Page, name: string, opts: { discardChanges?: boolean } = {}): Promise<void> {
  const link = page.locator('nav').getByRole('link', { name, exact: true }).last()
  await link.click()
  if (opts.discardChanges) await page.locator('#confirm-action').click()
  const href = await link.getAttribute('href')
  if (href) await page.waitForURL((url) => url.pathname === href, { timeout: 60_000 })
  await page.waitForLoadState('networkidle')
}

/** In a collection's list: searches for `text` and opens the matching row (by its first, linked column). */
export async function openFromList(page: Page, text: string): Promise<void> {
  await page.locator('#search-filter-input').fill(text)
  const row = page.locator('table tbody tr', { hasText: text })
  await row.first().waitFor({ timeout: 30_000 })
  await page.waitForFunction(
    (t) => [...document.querySelectorAll('table tbody tr')].every((tr) => (tr.textContent ?? '').includes(t)),
    text,
    { timeout: 30_000 },
  )
  await row.first().locator('a').first().click()
  await page.waitForURL(/\/admin\/collections\/[^/]+\/\d+$/, { timeout: 60_000 })
  await page.waitForLoadState('networkidle')
}

/** Picks an option in one of Payload's select or relationship fields (react-select) by its visible text. */
export async function choose(page: Page, fieldId: string, text: string): Promise<void> {
  const field = page.locator(`#${fieldId}`)
  await field.locator('.rs__control').click()
  await field.locator('input').first().fill(text)
  await page.locator('.rs__option', { hasText: text }).first().click()
}

/** Saves the open document (or clicks `button`) and returns the toast that answers: a success or an error. */
export async function saveAndReadToast(page: Page, button = '#action-save'): Promise<{ ok: boolean; text: string }> {
  // earlier toasts go away first, so the one read is this save's answer
  for (const close of await page.locator('.payload-toast-container .payload-toast-close-button').all())
    await close.click().catch(() => undefined)
  await page.waitForFunction(() => document.querySelectorAll('.payload-toast-container .payload-toast-item').length === 0, undefined, {
    timeout: 30_000,
  })
  await page.locator(button).click()
  // a save first shows "Đang gửi..."; the same toast then turns into the answer
  const toast = page.locator('.payload-toast-container .payload-toast-item:is(.toast-success, .toast-error, .toast-warning)').first()
  await toast.waitFor({ timeout: 60_000 })
  const text = (await toast.innerText()).trim()
  const ok = (await toast.getAttribute('class'))?.includes('toast-success') ?? false
  return { ok, text }
}
