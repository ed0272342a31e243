/**
 * Each demo login lands on its own work: the admin home shows the role's dashboard with real figures, the side
 * navigation lists no collection the role cannot read, and every dashboard link opens a page the role may use.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { unreadableFor } from '../../src/access/navigation'
import { demoAccounts } from '../../src/seed/accounts'
import { desktopPage, signInAtAdmin } from '../helpers/admin'
import { launchBrowser } from '../helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const REFUSED = /Bạn không có quyền|không có quyền truy cập|no permission|unauthorized|Không được phép|Trang này dành cho|Chỉ ban tổ chức/i

describe('role dashboards, by clicking, on the production build', () => {
  for (const account of demoAccounts.filter((a) => a.role !== 'journalist')) {
    it(`${account.role}: lands on its dashboard, sees only what it can read, and every link opens`, async () => {
      const page = await desktopPage(browser)
      await signInAtAdmin(page, account.email)
      const dashboard = page.getByTestId('role-dashboard')
      await dashboard.waitFor({ timeout: 60_000 })
      await expect.poll(() => dashboard.getByRole('heading', { level: 2 }).first().innerText()).toMatch(/^Việc cần làm — /)
      const figures = await dashboard.getByTestId('figure-value').allInnerTexts()
      expect(figures.length).toBeGreaterThan(0)
      expect(figures.every((f) => /^\d+(\/\d+)?$/.test(f.trim()))).toBe(true)

      const navSlugs = await page
        .locator('nav a[href^="/admin/collections/"]')
        .evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').split('/')[3]))
      const forbidden = unreadableFor(account.role)
      expect(
        navSlugs.filter((s) => forbidden.includes(s)),
        'collections in the nav the role cannot read',
      ).toEqual([])
      expect(navSlugs.length).toBeGreaterThan(0)

      const links = [
        ...new Set(await dashboard.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))),
      ].filter(Boolean)
      expect(links.length).toBeGreaterThan(0)
      for (const href of links) {
        const res = await page.goto(href)
        await page.waitForLoadState('networkidle')
        expect(res?.status() ?? 0, href).toBeLessThan(400)
        const text = await page.locator('body').innerText()
        expect(text, href).not.toMatch(REFUSED)
        expect(text, href).not.toMatch(/\b404\b|Không tìm thấy trang|page not found/i)
      }
      await page.context().close()
    }, 300_000)
  }
})
