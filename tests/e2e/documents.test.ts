/**
 * The documents the production server writes, fetched as their readers get them and read back as text: the annual
 * report an organizer requests in the admin (the certificate and the e-publication are in the site journeys).
 */
import ExcelJS from 'exceljs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { desktopPage, followNav, signInAtAdmin } from '../helpers/admin'
import { apiAuth, launchBrowser } from '../helpers/browser'
import { pdfText } from '../helpers/pdfText'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

describe('the annual report, on the production build', () => {
  it('an organizer requests 2024 for the province; the job writes a PDF and an XLSX with the year, province and figures', async () => {
    const page = await desktopPage(browser)
    await signInAtAdmin(page, 'sonoivu@guongsang.local')
    await followNav(page, 'Báo cáo năm')
    await page.getByLabel('Năm báo cáo').fill('2024')
    await page.getByLabel('Đơn vị').selectOption({ label: 'Toàn tỉnh (tổng hợp)' })
    await page.getByRole('button', { name: 'Tạo báo cáo' }).click()
    // the list refreshes itself while the job runs
    const row = page.getByTestId('report-row').filter({ hasText: '2024' }).first()
    const pdfLink = row.getByRole('link', { name: 'PDF' })
    await pdfLink.waitFor({ timeout: 120_000 })
    expect(await row.innerText()).not.toMatch(/Lỗi|failed/i)

    const auth = await apiAuth(page, 'sonoivu@guongsang.local', DEMO_PASSWORD)
    const pdf = await page.request.get((await pdfLink.getAttribute('href'))!, auth)
    expect(pdf.status()).toBe(200)
    const text = await pdfText(await pdf.body())
    for (const phrase of ['2024', 'Ninh Thuận']) expect(text).toContain(phrase)

    const xlsx = await page.request.get((await row.getByRole('link', { name: 'XLSX' }).getAttribute('href'))!, auth)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await xlsx.body()) as never)
    const summary = book.worksheets[0]
    const cells = summary
      .getSheetValues()
      .flatMap((r) => (Array.isArray(r) ? r : []))
      .map(String)
    expect(cells.join(' ')).toContain('2024')
    // the demo data recognised exemplars in 2024: the summary's figures are not all zero
    expect(cells.some((c) => /^[1-9]\d*$/.test(c))).toBe(true)

    // a journalist cannot download it
    const journalist = await apiAuth(page, 'phongvien@guongsang.local', DEMO_PASSWORD)
    expect((await page.request.get((await pdfLink.getAttribute('href'))!, journalist)).status()).toBeGreaterThanOrEqual(400)
  })
})
