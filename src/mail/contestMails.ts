/** Mails of the contest to authors, in Vietnamese (with an English line). Plain HTML that every client renders. */
import { formatVnDateTime } from '../domain/contest/deadline'

const siteUrl = () => process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000'

export const escapeHtml = (s: string | null | undefined) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const layout = (title: string, body: string) =>
  `<!doctype html><html lang="vi"><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1f2937">
<h2 style="color:#b91c1c">${title}</h2>${body}
<p style="color:#6b7280;font-size:12px">Gương Sáng — Cuộc thi viết, làm phóng sự về điển hình tiên tiến</p></body></html>`

export interface EntryMailData {
  authorName?: string | null
  code?: string | null
  title: string
  category: string
  contest: string
  deadline: string | Date
  submittedAt?: string | Date | null
}

const rows = (pairs: [string, string][]) =>
  `<table style="border-collapse:collapse">${pairs
    .map(([k, v]) => `<tr><th style="text-align:left;padding:2px 12px 2px 0;vertical-align:top">${k}</th><td>${escapeHtml(v)}</td></tr>`)
    .join('')}</table>`

export function entryReceiptEmail(e: EntryMailData): { subject: string; html: string } {
  const list = `${siteUrl()}/tai-khoan/tac-pham`
  return {
    subject: `Xác nhận nộp tác phẩm dự thi ${e.code ?? ''}: ${e.title}`.replace(/\s+/g, ' ').trim(),
    html: layout(
      'Ban Tổ chức đã nhận tác phẩm dự thi',
      `<p>Xin chào ${escapeHtml(e.authorName)},</p>
<p>Ban Tổ chức xác nhận đã nhận tác phẩm dự thi của bạn:</p>
${rows([
  ['Mã tác phẩm', e.code ?? ''],
  ['Tên tác phẩm', e.title],
  ['Thể loại', e.category],
  ['Cuộc thi', e.contest],
  ...(e.submittedAt ? ([['Thời điểm nộp', `${formatVnDateTime(e.submittedAt)} (giờ Việt Nam)`]] as [string, string][]) : []),
  ['Hạn nộp bài', `${formatVnDateTime(e.deadline)} (giờ Việt Nam)`],
])}
<p>Bạn có thể sửa hoặc rút tác phẩm trước hạn nộp bài tại <a href="${list}">Tác phẩm của tôi</a>. \
Vui lòng ghi mã tác phẩm khi liên hệ Ban Tổ chức.</p>
<p>Your entry ${escapeHtml(e.code)} has been received; you may edit or withdraw it until the deadline.</p>`,
    ),
  }
}

const CHECKED_NEXT = 'Tác phẩm sẽ được Hội đồng giám khảo chấm theo thể lệ cuộc thi.'
const CHECKED_QUESTIONS = 'Nếu có thắc mắc, vui lòng liên hệ Ban Tổ chức và ghi rõ mã tác phẩm.'

export function entryScreeningEmail(e: EntryMailData & { eligible: boolean; reason?: string | null }): { subject: string; html: string } {
  const verdict = e.eligible ? 'hợp lệ' : 'không hợp lệ'
  return {
    subject: `Kết quả thẩm định tác phẩm ${e.code ?? ''}: ${verdict}`.replace(/\s+/g, ' ').trim(),
    html: layout(
      `Tác phẩm ${escapeHtml(e.code)} ${verdict}`,
      `<p>Xin chào ${escapeHtml(e.authorName)},</p>
<p>Ban Tổ chức đã thẩm định tác phẩm dự thi của bạn:</p>
${rows([
  ['Mã tác phẩm', e.code ?? ''],
  ['Tên tác phẩm', e.title],
  ['Thể loại', e.category],
  ['Cuộc thi', e.contest],
  ['Kết quả', e.eligible ? 'Hợp lệ, được đưa vào vòng chấm' : 'Không hợp lệ'],
  ...(!e.eligible ? ([['Lý do', e.reason ?? '']] as [string, string][]) : []),
])}
<p>${e.eligible ? CHECKED_NEXT : CHECKED_QUESTIONS}</p>
<p>Screening result for entry ${escapeHtml(e.code)}: ${e.eligible ? 'eligible' : 'ineligible'}.</p>`,
    ),
  }
}
