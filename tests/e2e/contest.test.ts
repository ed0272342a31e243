import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newPdf, pdfToBuffer } from '../../src/lib/pdf/document'
import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { adminLogin, apiAuth, chooseOption, launchBrowser, saveDocument, vietnameseContext } from '../helpers/browser'
import { waitForMail } from '../helpers/mailbox'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

/** A Vietnamese page whose confirmation dialogs (submit a sheet, close a round, publish) are accepted. */
async function newPage(): Promise<Page> {
  const page = await (await vietnameseContext(browser)).newPage()
  page.on('dialog', (d) => void d.accept())
  return page
}

async function registerAndVerify(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/tai-khoan/dang-ky')
  await page.getByLabel('Họ và tên').fill('Lâm Thị Ngọc Bích')
  await page.getByLabel('Thư điện tử').fill(email)
  await page.getByLabel('Mật khẩu').fill(password)
  await page.getByRole('button', { name: /Đăng ký/ }).click()
  await page.getByText(/kiểm tra hộp thư/).waitFor({ timeout: 30_000 })
  const mail = await waitForMail(email, { subject: /Xác thực/, timeoutMs: 30_000 })
  const link = String(mail.html).match(/href="([^"]+xac-thuc[^"]+)"/)![1]
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''))
  await page.getByText(/đã được xác thực/).waitFor({ timeout: 30_000 })
}

/** As the organiser on "Xếp hạng": click an action and accept its confirmation. */
async function organiserAction(page: Page, contestId: number, round: string, button: string): Promise<void> {
  await page.goto(`/admin/xep-hang?cuoc-thi=${contestId}&vong=${round}`)
  await page.waitForLoadState('networkidle')
  await page.getByRole('button', { name: button }).click()
  const message = page.locator('p[role="status"]')
  await message.waitFor({ timeout: 30_000 })
  expect(await message.innerText()).not.toMatch(/^Lỗi|không có quyền|không thể/i)
}

async function judgeScores(page: Page, title: string): Promise<void> {
  await page.goto('/admin/cham-bai')
  await page.locator('tr', { hasText: title }).getByRole('link', { name: 'Chấm bài' }).click()
  const form = page.getByTestId('score-form')
  await form.waitFor()
  await page.waitForLoadState('networkidle')
  for (const input of await form.locator('input[type="number"]').all()) await input.fill('8.5')
  await form.getByRole('button', { name: 'Nộp phiếu chấm' }).click()
  await page.getByText('Đã nộp phiếu chấm.').waitFor({ timeout: 30_000 })
}

describe('the contest, end to end', () => {
  it('a journalist enters; a judge scores blind; the organiser ranks, approves and publishes; the results page shows the winner', async () => {
    const journalist = await newPage()
    const email = `tacgia.${Date.now()}@example.vn`
    await registerAndVerify(journalist, email, 'MatKhau@2026')
    await journalist.goto('/tai-khoan/dang-nhap')
    await journalist.getByLabel('Thư điện tử').fill(email)
    await journalist.getByLabel('Mật khẩu').fill('MatKhau@2026')
    await journalist.getByRole('button', { name: /Đăng nhập/ }).click()
    await journalist.waitForURL(/\/tai-khoan$/)

    const contest = (await (await journalist.request.get('/api/contests?where[status][equals]=open&limit=1&depth=0')).json()).docs[0]
    const title = `Người giữ lửa nghề gốm Bàu Trúc ${Date.now()}`
    await journalist.goto(`/cuoc-thi/${contest.slug}/gui-bai`)
    await journalist.getByLabel('Tên tác phẩm').fill(title)
    await journalist.getByLabel('Thể loại').selectOption({ label: 'Báo in' })
    await journalist.getByRole('button', { name: 'Thêm đồng tác giả' }).click()
    await journalist.getByLabel('Họ và tên đồng tác giả 1').fill('Trần Văn Gốm')
    const doc = newPdf()
    doc.text('Bài viết dự thi về nghệ nhân gốm Bàu Trúc.')
    await journalist.getByLabel('Tệp tác phẩm').setInputFiles({ name: 'bai-du-thi.pdf', mimeType: 'application/pdf', buffer: await pdfToBuffer(doc) })
    await journalist.getByLabel('Cam kết tác phẩm là của tác giả, không sao chép').check()
    await journalist.getByRole('button', { name: 'Nộp bài' }).click()
    await journalist.getByText(/Mã tác phẩm: GS/).first().waitFor({ timeout: 60_000 })
    const receipt = await waitForMail(email, { subject: /Xác nhận nộp tác phẩm/, timeoutMs: 90_000 })
    expect(`${receipt.html || ""} ${receipt.text || ""}`).toMatch(/GS\d{4}-BI-\d{4}/)

    const organiser = await newPage()
    await adminLogin(organiser, 'sonoivu@guongsang.local', DEMO_PASSWORD)
    const auth = await apiAuth(organiser, 'sonoivu@guongsang.local', DEMO_PASSWORD)
    const entry = (await (await organiser.request.get(`/api/entries?where[title][equals]=${encodeURIComponent(title)}&depth=0`, auth)).json()).docs[0]
    expect(entry.coAuthors.map((c: { fullName: string }) => c.fullName)).toEqual(['Trần Văn Gốm'])
    await organiser.goto(`/admin/collections/entries/${entry.id}`)
    await chooseOption(organiser, 'field-status', 'Hợp lệ')
    await saveDocument(organiser)
    // entries are in: the organiser opens judging
    await organiser.goto(`/admin/collections/contests/${contest.id}`)
    await chooseOption(organiser, 'field-status', 'Đang chấm')
    await saveDocument(organiser)

    const judge = await newPage()
    await adminLogin(judge, 'giamkhao@guongsang.local', DEMO_PASSWORD)
    for (const round of ['preliminary', 'final']) {
      await organiserAction(organiser, contest.id, round, 'Phân công giám khảo')
      await judgeScores(judge, title)
      // the judge never sees who wrote it
      expect(await judge.locator('body').innerText()).not.toContain('Lâm Thị Ngọc Bích')
      expect(await judge.locator('body').innerText()).not.toContain('Trần Văn Gốm')
      await organiserAction(organiser, contest.id, round, 'Kết thúc vòng')
    }
    await organiserAction(organiser, contest.id, 'final', 'Xét giải (đề xuất)')
    await organiserAction(organiser, contest.id, 'final', 'Phê duyệt giải')
    await organiserAction(organiser, contest.id, 'final', 'Công bố kết quả')

    const reader = await newPage()
    const res = await reader.goto(`/cuoc-thi/${contest.slug}/ket-qua`)
    expect(res?.status()).toBe(200)
    const results = await reader.locator('main').innerText()
    expect(results).toContain(title)
    expect(results).toContain('Lâm Thị Ngọc Bích')
    expect(results).toMatch(/Giải A/)
  })
})
