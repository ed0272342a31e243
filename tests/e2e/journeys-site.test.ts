/**
 * The public site's people, on the production build, reaching every page from `/` by links and buttons only
 * (the one exception is the verification link a person opens from their mailbox).
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { launchBrowser, vietnameseContext } from '../helpers/browser'
import { waitForMail } from '../helpers/mailbox'
import { nominate, registerJournalist } from '../helpers/siteJourneys'
import { pdfText } from '../helpers/pdfText'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

async function newPage(): Promise<Page> {
  const page = await (await vietnameseContext(browser)).newPage()
  page.on('dialog', (d) => void d.accept())
  return page
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' })
const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()))

/** The bytes of the file a click downloads. */
async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), click()])
  const stream = await file.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Tài khoản' }).click()
  await page.getByRole('main').getByRole('link', { name: 'Đăng nhập' }).first().click()
  await page.getByLabel('Thư điện tử').fill(email)
  await page.getByLabel('Mật khẩu').fill(password)
  await page.getByRole('button', { name: /Đăng nhập/ }).click()
  await page.waitForURL(/\/tai-khoan$/, { timeout: 60_000 })
}

describe('a journalist, from the home page', () => {
  it('registers, verifies from the mail, enters the contest, edits and withdraws the entry', async () => {
    const page = await newPage()
    const email = `tacgia.hanh.${Date.now()}@example.vn`
    const password = 'MatKhau@2026'
    await registerJournalist(page, 'Võ Thị Mỹ Hạnh', email, password)
    await page
      .getByRole('main')
      .getByRole('link', { name: /Đăng nhập/ })
      .first()
      .click()
    await page.getByLabel('Thư điện tử').fill(email)
    await page.getByLabel('Mật khẩu').fill(password)
    await page.getByRole('button', { name: /Đăng nhập/ }).click()
    await page.waitForURL(/\/tai-khoan$/, { timeout: 60_000 })

    // the open contest, and its entry form, by links
    await mainNav(page).getByRole('link', { name: 'Cuộc thi' }).click()
    await page
      .getByRole('main')
      .getByRole('link', { name: new RegExp(`năm ${thisYear}$`) })
      .first()
      .click()
    await page.getByRole('link', { name: 'Gửi tác phẩm' }).first().click()
    const title = `Người lái đò trên sông Dinh ${Date.now()}`
    await page.getByLabel('Tên tác phẩm').fill(title)
    await page.getByLabel('Thể loại').selectOption({ label: 'Báo điện tử' })
    await page
      .getByLabel('Nội dung bài viết')
      .fill('Ba mươi năm chèo đò miễn phí đưa học sinh qua sông.\n\nÔng chưa từng nhận một đồng tiền công.')
    // a refusal, in Vietnamese: the originality pledge is required to submit
    await page.getByRole('button', { name: 'Nộp bài' }).click()
    const refusal = page.getByRole('alert').filter({ hasText: /cam kết/i })
    await refusal.first().waitFor({ timeout: 30_000 })
    expect(await refusal.first().innerText()).not.toMatch(/unknown error|An error/i)
    await page.getByLabel('Cam kết tác phẩm là của tác giả, không sao chép').check()
    await page.getByRole('button', { name: 'Nộp bài' }).click()
    const code = (await page.locator('.entry-code').first().innerText({ timeout: 60_000 })).trim()
    expect(code).toMatch(/^GS\d{4}-DT-\d{4}$/)
    const receipt = await waitForMail(email, { subject: /Xác nhận nộp tác phẩm/, timeoutMs: 90_000 })
    expect(`${receipt.html || ''} ${receipt.text || ''}`).toContain(code)

    // "Tác phẩm của tôi": edit, then withdraw
    await page.getByRole('link', { name: 'Tác phẩm của tôi' }).first().click()
    const row = page.locator('tr', { hasText: code })
    await row.waitFor({ timeout: 30_000 })
    expect(await row.innerText()).toContain('Đã nộp')
    await row.getByRole('link', { name: `Sửa ${title}` }).click()
    const edited = `${title} (bản sửa)`
    await page.getByLabel('Tên tác phẩm').fill(edited)
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: /lưu|cập nhật/i })
      .first()
      .waitFor({ timeout: 30_000 })
    await page.getByRole('link', { name: 'Tác phẩm của tôi' }).first().click()
    const editedRow = page.locator('tr', { hasText: edited })
    await editedRow.waitFor({ timeout: 30_000 })
    await editedRow.getByRole('button', { name: `Rút ${edited}` }).click()
    await page.getByText(`Đã rút tác phẩm "${edited}".`).waitFor({ timeout: 30_000 })
    // the list reloads after the withdrawal: the row now says so, and offers no more edit
    const withdrawn = page.locator('tr', { hasText: edited }).filter({ hasText: 'Đã rút' })
    await withdrawn.waitFor({ timeout: 30_000 })
    expect(await withdrawn.getByRole('link', { name: `Sửa ${edited}` }).count()).toBe(0)
  })

  it('sees last year’s award, downloads the certificate and checks its code on the site', async () => {
    const page = await newPage()
    await page.goto('/')
    await signIn(page, 'phongvien@guongsang.local', DEMO_PASSWORD)
    await page.getByRole('link', { name: 'Tác phẩm của tôi' }).first().click()
    const row = page.locator('tr', { hasText: 'Người thầy mang con chữ lên núi Tà Năng' })
    await row.waitFor({ timeout: 30_000 })
    expect(await row.innerText()).toContain('Giải B')
    const pdf = await download(page, () => row.getByRole('link', { name: /Tải giấy chứng nhận/ }).click())
    const text = await pdfText(pdf)
    for (const phrase of [
      'GIẤY CHỨNG NHẬN',
      'Đỗ Thị Mai Anh',
      '“Người thầy mang con chữ lên núi Tà Năng”',
      'GIẢI B',
      `năm ${thisYear - 1}`,
    ])
      expect(text).toContain(phrase)
    const code = text.match(/Mã xác minh: (GS-[0-9A-Z]{5}-[0-9A-Z]{5})/)![1]
    expect(text).toContain(`${process.env.E2E_BASE_URL}/xac-minh/${code}`)

    await row.getByRole('link', { name: code }).click()
    await page.getByTestId('certificate-valid').waitFor({ timeout: 30_000 })
    const verified = await page.getByRole('main').innerText()
    for (const phrase of ['Đỗ Thị Mai Anh', 'Người thầy mang con chữ lên núi Tà Năng', 'Giải B']) expect(verified).toContain(phrase)
  })
})

describe('a reader, from the home page', () => {
  it('finds last year’s results and checks a winner’s certificate code', async () => {
    const page = await newPage()
    await page.goto('/')
    await mainNav(page).getByRole('link', { name: 'Cuộc thi' }).click()
    await page
      .getByRole('main')
      .getByRole('link', { name: new RegExp(`năm ${thisYear - 1}$`) })
      .first()
      .click()
    await page.getByRole('link', { name: 'Xem kết quả cuộc thi' }).click()
    const winner = page.locator('tr', { hasText: 'Tổ phụ nữ tiết kiệm giúp nhau thoát nghèo ở làng chài' })
    expect(await winner.innerText()).toContain('Giải A')
    await winner.getByRole('link', { name: /^GS-/ }).click()
    await page.getByTestId('certificate-valid').waitFor({ timeout: 30_000 })
    expect(await page.getByRole('main').innerText()).toContain('Nguyễn Thị Thanh Hòa')
  })

  it('a mistyped or unknown certificate code is refused in Vietnamese', async () => {
    const page = await newPage()
    await page.goto('/')
    await mainNav(page).getByRole('link', { name: 'Cuộc thi' }).click()
    await page
      .getByRole('main')
      .getByRole('link', { name: new RegExp(`năm ${thisYear - 1}$`) })
      .first()
      .click()
    await page.getByRole('link', { name: 'Xem kết quả cuộc thi' }).click()
    await page.getByRole('main').getByRole('link', { name: /^GS-/ }).first().click()
    await page.getByRole('link', { name: 'Kiểm tra mã khác' }).click()
    await page.getByLabel('Mã xác minh').fill('GS-12345')
    await page.getByRole('button', { name: 'Kiểm tra' }).click()
    await page.getByRole('alert').filter({ hasText: 'không đúng định dạng' }).waitFor({ timeout: 30_000 })
    await page.getByLabel('Mã xác minh').fill('gs 00000 00000')
    await page.getByRole('button', { name: 'Kiểm tra' }).click()
    await page.getByTestId('certificate-not-found').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('certificate-not-found').innerText()).toContain('GS-00000-00000')
  })

  it('nominates someone, then reads the year’s e-publication and downloads its PDF', async () => {
    const page = await newPage()
    await nominate(page, `Bác Trần Văn Thiện ${Date.now()}`)

    await mainNav(page).getByRole('link', { name: 'Ấn phẩm' }).click()
    await page.getByTestId('publication-years').getByRole('link').first().click()
    const chapter = (await page.locator('section.chapter h2').first().innerText()).replace(/^\d+\.\s*/, '')
    // the PDF is built in the background; the page offers it as soon as it is ready
    const link = page.getByTestId('publication-pdf').getByRole('link', { name: 'Tải bản PDF' })
    await link.waitFor({ timeout: 150_000 })
    const text = await pdfText(await download(page, () => link.click()))
    expect(text).toContain(chapter)
  })
})
