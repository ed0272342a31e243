import type { Page } from 'playwright-core'
import { waitForMail } from './mailbox'

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' })

/** A new journalist registers from the home page's "Đăng ký dự thi" and opens the verification link of the mail. */
export async function registerJournalist(page: Page, fullName: string, email: string, password: string): Promise<void> {
  await page.goto('/')
  await mainNav(page).getByRole('link', { name: 'Đăng ký dự thi' }).click()
  await page.getByLabel('Họ và tên').fill(fullName)
  await page.getByLabel('Thư điện tử').fill(email)
  await page.getByLabel('Mật khẩu').fill(password)
  await page.getByRole('button', { name: /Đăng ký/ }).click()
  await page.getByText(/kiểm tra hộp thư/).waitFor({ timeout: 30_000 })
  const mail = await waitForMail(email, { subject: /Xác thực/, timeoutMs: 60_000 })
  // the link in the mail, followed as the person would from their mail client: it carries the public address
  const link = String(mail.html).match(/href="([^"]+xac-thuc[^"]+)"/)![1]
  if (!link.startsWith(process.env.E2E_BASE_URL!)) throw new Error(`the verification link is not under the public address: ${link}`)
  await page.goto(link)
  await page.getByText(/đã được xác thực/).waitFor({ timeout: 30_000 })
}

/** A reader nominates someone from the header's "Giới thiệu người tốt" and waits for the thanks. */
export async function nominate(page: Page, nominee: string): Promise<void> {
  await page.goto('/')
  await mainNav(page).getByRole('link', { name: 'Giới thiệu người tốt' }).click()
  await page.waitForLoadState('networkidle')
  await page.locator('[name="nomineeName"]').fill(nominee)
  await page.locator('[name="achievement"]').fill('Mười năm nay bác tự bỏ tiền sửa đường, xây cầu tre cho học sinh qua suối mùa mưa.')
  await page.locator('[name="place"]').fill('thôn Gia É, xã Phước Hà')
  await page.locator('[name="nominatorName"]').fill('Nguyễn Thị Lành')
  await page.locator('[name="nominatorEmail"]').fill('nguoigioithieu@example.vn')
  await page.waitForTimeout(5500) // the form refuses submissions filled faster than a person could
  await page.getByRole('button', { name: 'Gửi lời giới thiệu' }).click()
  await page
    .getByText(/Cảm ơn/)
    .first()
    .waitFor({ timeout: 30_000 })
}
