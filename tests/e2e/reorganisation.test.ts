import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { desktopPage, followNav, signInAtAdmin } from '../helpers/admin'
import { launchBrowser } from '../helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

/** On "Chỉ tiêu điển hình": types the year into the filter form and shows it. */
async function showYear(page: Page, year: number): Promise<void> {
  await page.getByRole('spinbutton', { name: 'Năm' }).fill(String(year))
  await page.getByRole('button', { name: 'Xem', exact: true }).click()
  await page.waitForURL(new RegExp(`nam=${year}`))
  await page
    .getByRole('heading', { name: `Chỉ tiêu điển hình tiên tiến năm ${year}` })
    .first()
    .waitFor({ timeout: 60_000 })
}

describe('Sắp xếp đơn vị in the admin', () => {
  it('an organizer merges two demo communes; the next year’s dashboard shows the successor with both histories', async () => {
    const page = await desktopPage(browser)
    await signInAtAdmin(page, 'sonoivu@guongsang.local')

    await followNav(page, 'Sắp xếp đơn vị')
    await page.getByLabel('Hình thức', { exact: true }).selectOption('merge')
    const from = page.getByLabel(/Đơn vị cũ/)
    const options = await from.locator('option').allInnerTexts()
    const pick = ['Xã Cà Ná', 'Xã Phước Hà'].map((name) => options.find((o) => o.startsWith(`${name} (`))!)
    expect(pick.every(Boolean)).toBe(true)
    await from.selectOption(pick.map((label) => ({ label })))
    await page.getByLabel('Tên đơn vị mới', { exact: true }).fill('Xã Cà Ná - Phước Hà')
    await page.getByLabel('Mã đơn vị mới', { exact: true }).fill(`E2E-${Date.now()}`)
    const parent = page.getByLabel('Trực thuộc', { exact: true })
    await parent.selectOption({ label: (await parent.locator('option').allInnerTexts()).find((o) => o.startsWith('Tỉnh Khánh Hòa ('))! })
    await page.getByLabel('Ngày hiệu lực của đơn vị mới', { exact: true }).fill('2027-01-01')
    await page.getByLabel('Quyết định / Nghị quyết', { exact: true }).fill('Nghị quyết số 01/NQ-UBTVQH (thử nghiệm)')
    await page.getByRole('button', { name: 'Sắp xếp đơn vị' }).click()
    await page.getByRole('status').filter({ hasText: 'Đã sắp xếp' }).waitFor({ timeout: 30_000 })

    await followNav(page, 'Chỉ tiêu điển hình')
    await showYear(page, 2027)
    const row = page.locator('tr[data-unit="Xã Cà Ná - Phước Hà"]').first()
    await row.waitFor({ timeout: 30_000 })
    const history = await row.getByTestId('predecessors').innerText()
    expect(history).toContain('Xã Cà Ná (')
    expect(history).toContain('Xã Phước Hà (')

    // 2026 is unchanged: both communes still count separately
    await showYear(page, 2026)
    await page.locator('tr[data-unit="Xã Cà Ná"]').first().waitFor()
    expect(await page.locator('tr[data-unit="Xã Phước Hà"]').count()).toBeGreaterThan(0)
    await page.context().close()
  })
})
