import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccounts, DEMO_PASSWORD } from '../../src/seed/accounts'
import { adminLogin, launchBrowser, vietnameseContext } from '../helpers/browser'
import { waitForMail } from '../helpers/mailbox'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

describe('the site and the admin, in Vietnamese', () => {
  it('the home page shows the demo data in Vietnamese', async () => {
    const page = await (await vietnameseContext(browser)).newPage()
    const res = await page.goto('/')
    expect(res?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('vi')
    await expect(page.getByRole('heading', { name: 'Điển hình nổi bật' }).isVisible()).resolves.toBe(true)
    expect(await page.locator('article').count()).toBeGreaterThan(2)
  })

  it.each(demoAccounts.filter((a) => a.role !== 'journalist').map((a) => [a.role, a.email] as const))(
    '%s logs into the admin',
    async (_role, email) => {
      const context = await vietnameseContext(browser)
      const page = await context.newPage()
      await adminLogin(page, email, DEMO_PASSWORD)
      expect(page.url()).toContain('/admin')
      await page.getByText('Bảng điều khiển').first().waitFor({ timeout: 60_000 })
      expect(await page.locator('body').innerText()).toMatch(/Điển hình tiên tiến|Cuộc thi|Chuyên mục/)
      await context.close()
    },
  )

  it('a journalist account cannot use the admin panel', async () => {
    const context = await vietnameseContext(browser)
    const page = await context.newPage()
    await page.goto('/admin/login')
    await page.fill('input[name="email"]', 'phongvien@guongsang.local')
    await page.fill('input[name="password"]', DEMO_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForTimeout(2000)
    await page.goto('/admin/collections/exemplars')
    expect(await page.locator('body').innerText()).not.toMatch(/Tạo mới/)
    await context.close()
  })

  it('a journalist registers, verifies by mail and logs in', async () => {
    const context = await vietnameseContext(browser)
    const page = await context.newPage()
    const email = `nhabao.${Date.now()}@example.vn`
    await page.goto('/tai-khoan/dang-ky')
    await page.getByLabel('Họ và tên').fill('Vũ Thị Thanh Hương')
    await page.getByLabel('Thư điện tử').fill(email)
    await page.getByLabel('Mật khẩu').fill('MatKhau@2026')
    await page.getByRole('button', { name: /Đăng ký/ }).click()
    await page.getByText(/kiểm tra hộp thư/).waitFor({ timeout: 30_000 })

    const mail = await waitForMail(email, { subject: /Xác thực/, timeoutMs: 30_000 })
    const link = String(mail.html).match(/href="([^"]+xac-thuc[^"]+)"/)?.[1]
    expect(link).toBeTruthy()
    await page.goto(link!.replace(/^https?:\/\/[^/]+/, ''))
    await page.getByText(/đã được xác thực/).waitFor({ timeout: 30_000 })

    const res = await page.request.post('/api/users/login', { data: { email, password: 'MatKhau@2026' } })
    expect(res.status()).toBe(200)
    await context.close()
  })
})
