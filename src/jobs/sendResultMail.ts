import type { TaskConfig } from 'payload'
import { mailRetries } from './mailRetries'
import { PRIZE_LABELS } from '../domain/contest/labels'
import type { Prize } from '../domain/judging/prizes'
import { absoluteUrl } from '../lib/seo/urls'
import { contestResultsPath } from '../lib/site/paths'
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/**
 * After results are published: tells an awarded entry's author their prize, with links to the results page and to "Tác
 * phẩm của tôi", where the certificate is downloaded.
 */
export const sendResultMailTask: TaskConfig<{ input: { entryId: number }; output: object }> = {
  slug: 'sendResultMail',
  label: 'Gửi thư báo kết quả cuộc thi',
  inputSchema: [{ name: 'entryId', type: 'number', required: true }],
  retries: mailRetries(),
  handler: async ({ input, req }) => {
    const { payload } = req
    const entry = await payload.findByID({ collection: 'entries', id: input.entryId, depth: 0, overrideAccess: true, req })
    if (entry.status !== 'awarded' || !entry.prize) return { output: {} }
    const [author, contest] = await Promise.all([
      payload.findByID({
        collection: 'users',
        id: Number(typeof entry.author === 'object' ? entry.author.id : entry.author),
        depth: 0,
        overrideAccess: true,
        req,
      }),
      payload.findByID({
        collection: 'contests',
        id: Number(typeof entry.contest === 'object' ? entry.contest.id : entry.contest),
        depth: 0,
        overrideAccess: true,
        req,
        locale: 'vi',
      }),
    ])
    const prize = PRIZE_LABELS[entry.prize as Prize].vi
    // the author's own page shows the prize and the certificate download (after signing in), not a raw API address
    const myEntries = absoluteUrl('/tai-khoan/tac-pham')
    const results = absoluteUrl(contestResultsPath(contest.slug))
    await payload.sendEmail({
      to: author.email,
      subject: `Kết quả ${contest.title}: tác phẩm của bạn đạt ${prize}`,
      html: `<!doctype html><html lang="vi"><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1f2937">
<h2 style="color:#b91c1c">Chúc mừng tác phẩm đạt giải</h2>
<p>Xin chào ${escape(author.fullName ?? '')},</p>
<p>Ban Tổ chức ${escape(contest.title)} trân trọng thông báo tác phẩm <strong>${escape(entry.title)}</strong>\
${entry.code ? ` (mã ${escape(entry.code)})` : ''} đạt <strong>${prize}</strong>.</p>
<p>Xem kết quả của cuộc thi: <a href="${results}">${results}</a></p>
<p>Đăng nhập và mở <a href="${myEntries}">Tác phẩm của tôi</a> để xem giải và tải giấy chứng nhận: ${myEntries}</p>
<p>Congratulations: your entry won a prize.</p>
<p style="color:#6b7280;font-size:12px">Gương Sáng — điển hình tiên tiến</p></body></html>`,
    })
    return { output: {} }
  },
}
