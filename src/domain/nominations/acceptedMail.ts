const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

/** The thanks sent to whoever nominated someone, once an organizer has taken the nomination up. */
export function nominationAcceptedMail(input: { nominatorName: string; nomineeName: string; unitName?: string | null }): {
  subject: string
  html: string
} {
  const who = escapeHtml(input.nomineeName)
  const unit = input.unitName ? ` thuộc ${escapeHtml(input.unitName)}` : ''
  return {
    subject: `Lời giới thiệu "${input.nomineeName}" đã được tiếp nhận`,
    html: `<!doctype html><html lang="vi"><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1f2937">
<h2 style="color:#b91c1c">Cảm ơn bạn đã giới thiệu người tốt, việc tốt</h2>
<p>Xin chào ${escapeHtml(input.nominatorName)},</p>
<p>Lời giới thiệu của bạn về <strong>${who}</strong> đã được tiếp nhận và ghi vào danh sách nhân tố mới${unit} để theo dõi, bồi dưỡng.</p>
<p>Your nomination has been accepted. Thank you.</p>
<p style="color:#6b7280;font-size:12px">Gương Sáng — điển hình tiên tiến</p></body></html>`,
  }
}
