import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

/** Debian's Chromium, headless, without the background networking this machine's closed network refuses. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--no-first-run',
    ],
  })
}

/**
 * A Vietnamese browser context: the admin language follows Accept-Language. `desktop` gives a wide screen, on
 * which the admin keeps its side navigation open (narrower screens fold it behind a menu button).
 */
export function vietnameseContext(browser: Browser, opts: { desktop?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    baseURL: process.env.E2E_BASE_URL,
    ...(opts.desktop ? { viewport: { width: 1600, height: 1000 } } : {}),
  })
}

export async function adminLogin(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/admin/login')
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
}

/** Picks an option in one of Payload's select or relationship fields (react-select) by its visible text. */
export async function chooseOption(page: Page, fieldId: string, text: string): Promise<void> {
  const field = page.locator(`#${fieldId}`)
  await field.locator('.rs__control').click()
  await field.locator('input').first().fill(text)
  await page.locator('.rs__option', { hasText: text }).first().click()
}

/** Saves the open document and waits for Payload's confirmation toast. */
export async function saveDocument(page: Page): Promise<void> {
  await page.locator('#action-save').click()
  await page
    .locator('.payload-toast-container')
    .getByText(/thành công|Đã cập nhật|đã được/i)
    .first()
    .waitFor({ timeout: 30_000 })
}

/**
 * Headers for API calls made beside the browser (page.request): a JWT from the login endpoint, since the
 * production auth cookie is Secure and Playwright's request client does not send Secure cookies over http.
 */
export async function apiAuth(page: Page, email: string, password: string): Promise<{ headers: Record<string, string> }> {
  const res = await page.request.post('/api/users/login', { data: { email, password } })
  const { token } = (await res.json()) as { token: string }
  return { headers: { Authorization: `JWT ${token}` } }
}
