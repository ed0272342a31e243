/** Mail bodies in Vietnamese (with an English line), plain HTML that every client renders. */
const siteUrl = () => process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000'

const layout = (title: string, body: string) =>
  `<!doctype html><html lang="vi"><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1f2937">
<h2 style="color:#b91c1c">${title}</h2>${body}
<p style="color:#6b7280;font-size:12px">Gương Sáng — điển hình tiên tiến</p></body></html>`

export function verifyEmail(token: string, name?: string | null): { subject: string; html: string } {
  const url = `${siteUrl()}/tai-khoan/xac-thuc?token=${encodeURIComponent(token)}`
  return {
    subject: 'Xác thực tài khoản Gương Sáng',
    html: layout(
      'Xác thực địa chỉ thư điện tử',
      `<p>Xin chào ${name ?? ''},</p><p>Cảm ơn bạn đã đăng ký tham gia. Hãy bấm vào liên kết sau để xác thực tài khoản:</p>
<p><a href="${url}">${url}</a></p><p>Please open the link above to verify your account.</p>`,
    ),
  }
}

export function resetPasswordEmail(token: string): { subject: string; html: string } {
  const url = `${siteUrl()}/tai-khoan/dat-lai-mat-khau?token=${encodeURIComponent(token)}`
  return {
    subject: 'Đặt lại mật khẩu Gương Sáng',
    html: layout(
      'Đặt lại mật khẩu',
      `<p>Bạn (hoặc ai đó) vừa yêu cầu đặt lại mật khẩu. Mở liên kết sau để đặt mật khẩu mới (hiệu lực 1 giờ):</p>
<p><a href="${url}">${url}</a></p><p>Nếu không phải bạn, hãy bỏ qua thư này.</p>`,
    ),
  }
}
