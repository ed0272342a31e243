/**
 * The admin's own screens look and behave like the rest of Payload's admin, on the production build: in the dark
 * theme a person picks in the account settings, each screen (reached by clicking the side navigation) has text that
 * reads against its background, Tab walks from the navigation into the screen and lands on its first control with a
 * visible focus ring, and the text holds only characters the admin's font draws.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_SCREENS } from '../../src/access/navigation'
import { desktopPage, followNav, signInAtAdmin } from '../helpers/admin'
import { launchBrowser } from '../helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const ORGANIZER = 'sonoivu@guongsang.local'
const JUDGE = 'giamkhao@guongsang.local'

/** Latin letters (all of Vietnamese), digits, spaces and common punctuation: what the admin's font draws. */
const DRAWN = /[\p{Script=Latin}0-9\s!-/:-@[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2010-\u2027]/u

/** In the account settings, reached from the header: the admin theme, as a person chooses it. */
async function chooseTheme(page: Page, theme: 'Nền tối' | 'Nền sáng'): Promise<void> {
  await page.getByRole('link', { name: 'Tài khoản' }).first().click()
  await page.waitForURL((url) => url.pathname === '/admin/account', { timeout: 60_000 })
  await page.getByText(theme, { exact: true }).click()
  await page.waitForFunction((dark) => document.documentElement.dataset.theme === (dark ? 'dark' : 'light'), theme === 'Nền tối')
}

/**
 * Text in `container` whose colour does not stand out from what is behind it (WCAG AA: 4.5:1, 3:1 for large text),
 * colours composited as the browser paints them.
 */
function lowContrast(page: Page, container: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 1
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!
    /** Any CSS colour as sRGB 0–255 and alpha 0–1. */
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1)
      ctx.fillStyle = '#000'
      ctx.fillStyle = css
      ctx.fillRect(0, 0, 1, 1)
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data
      return [r, g, b, a / 255]
    }
    const over = (top: number[], below: number[]) => [0, 1, 2].map((i) => top[i] * top[3] + below[i] * (1 - top[3])).concat(1)
    const background = (el: Element): number[] => {
      const layers: number[][] = []
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor)
        if (c[3] > 0) layers.push(c)
        if (c[3] === 1) break
      }
      return layers.reverse().reduce((below, top) => over(top, below), [255, 255, 255, 1])
    }
    const luminance = (c: number[]) =>
      [0, 1, 2]
        .map((i) => c[i] / 255)
        .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0)
    const root = document.querySelector(selector)
    if (!root) return [`${selector}: not on the page`]
    const failures: string[] = []
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const text = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim()
      if (!text || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue
      if (el.closest('option, .sr-only, [disabled], [aria-disabled="true"]')) continue
      const style = getComputedStyle(el)
      const bg = background(el)
      const fg = over(rgba(style.color), bg)
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a)
      const ratio = (hi + 0.05) / (lo + 0.05)
      const size = parseFloat(style.fontSize)
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700)
      if (ratio < (large ? 3 : 4.5))
        failures.push(`${ratio.toFixed(2)}:1 ${style.color} on ${style.backgroundColor} "${text.slice(0, 60)}"`)
    }
    return failures
  }, container)
}

/**
 * Presses Tab from where the focus is (the navigation link just clicked) until it enters `container`; answers
 * whether it landed on the container's first control, and how that control shows its focus.
 */
async function tabIntoScreen(page: Page, container: string) {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => !!document.activeElement?.closest(s), container)) break
  }
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)!
    const focusable = [...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true }),
    )
    const active = document.activeElement as HTMLElement | null
    const ring = (el: HTMLElement) => {
      const s = getComputedStyle(el)
      return { outline: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth), shadow: s.boxShadow }
    }
    const named = (el?: HTMLElement | null) =>
      el ? `${el.tagName.toLowerCase()} "${(el.innerText || el.getAttribute('aria-label') || el.id).trim().slice(0, 40)}"` : 'nothing'
    const focused = active ? ring(active) : null
    active?.blur()
    const resting = active ? ring(active) : null
    return {
      inside: !!active && root.contains(active),
      first: !!active && active === focusable[0],
      control: named(active),
      expected: named(focusable[0]),
      visible: !!focused && (focused.outline >= 1 || (focused.shadow !== 'none' && focused.shadow !== resting?.shadow)),
    }
  }, container)
}

/** Characters of the page's text the admin's font cannot draw. */
async function undrawn(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText()
  return [...new Set([...text].filter((c) => !DRAWN.test(c)))].map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase()}`)
}

/** The checks of one screen, `container` holding its own content. */
async function checkScreen(page: Page, name: string, container: string): Promise<void> {
  await page.locator(container).first().waitFor({ timeout: 60_000 })
  expect(await page.evaluate(() => document.documentElement.dataset.theme), name).toBe('dark')
  expect(await lowContrast(page, container), `${name}: text that does not read in the dark theme`).toEqual([])
  expect(await undrawn(page), `${name}: characters the admin's font cannot draw`).toEqual([])
  const focus = await tabIntoScreen(page, container)
  expect(focus, `${name}: Tab reaches ${focus.expected} first, with a visible focus ring (got ${focus.control})`).toMatchObject({
    inside: true,
    first: true,
    visible: true,
  })
}

describe('the admin screens in the dark theme, by keyboard, on the production build', () => {
  it('organizer: the dashboard and every screen of the navigation', async () => {
    const page = await desktopPage(browser)
    await signInAtAdmin(page, ORGANIZER)
    await chooseTheme(page, 'Nền tối')

    // back to the dashboard through the header's breadcrumb (Payload's home link)
    await page.locator('.step-nav a').first().click()
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
    await page.getByTestId('role-dashboard').waitFor({ timeout: 60_000 })
    await checkScreen(page, 'Bảng điều khiển', '[data-testid="role-dashboard"]')

    const screens = ADMIN_SCREENS.filter((s) => s.roles.includes('organizer'))
    expect(screens.length).toBeGreaterThan(3)
    for (const screen of screens) {
      await followNav(page, screen.label)
      await page.locator('.gs-screen h1').first().waitFor({ timeout: 60_000 })
      await checkScreen(page, screen.label, '.gs-screen')
    }

    // the same screens read in the light theme too
    await chooseTheme(page, 'Nền sáng')
    for (const screen of screens) {
      await followNav(page, screen.label)
      await page.locator('.gs-screen h1').first().waitFor({ timeout: 60_000 })
      expect(await lowContrast(page, '.gs-screen'), `${screen.label}: text that does not read in the light theme`).toEqual([])
    }
    await page.context().close()
  }, 600_000)

  it('judge: the assigned entries and a score sheet', async () => {
    const page = await desktopPage(browser)
    await signInAtAdmin(page, JUDGE)
    await chooseTheme(page, 'Nền tối')
    await followNav(page, 'Bài được phân công')
    await checkScreen(page, 'Bài được phân công', '.gs-screen')

    await page.locator('.gs-table a').first().click()
    await page.waitForURL(/phan-cong=\d+/)
    await page.getByTestId('score-form').waitFor()
    await page.waitForLoadState('networkidle')
    expect(await lowContrast(page, '.gs-screen'), 'score sheet: text that does not read in the dark theme').toEqual([])
    expect(await undrawn(page), "score sheet: characters the admin's font cannot draw").toEqual([])
    await page.context().close()
  }, 300_000)
})
