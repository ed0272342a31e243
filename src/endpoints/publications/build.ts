import { type Endpoint } from 'payload'
import { errorResponse, Refusal } from '@/lib/api/errors'
import { hasRole } from '@/access/user'
import { readJsonBody } from '@/lib/http'
import { ensurePublicationPdf } from '@/server/publications/ensurePublication'

/**
 * POST /api/publications/build {year} — staff (editors, organizers, admins) ask for the year's PDF: answered with
 * its state; a stale or missing PDF is queued for rebuilding, a failed one is retried.
 */
export const buildPublicationEndpoint: Endpoint = {
  path: '/build',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'organizer', 'editor'))
      return errorResponse(403, 'Chỉ biên tập viên, Ban tổ chức hoặc quản trị hệ thống được tạo lại ấn phẩm.')
    const body = await readJsonBody(req)
    const year = Number(body.year)
    if (!Number.isInteger(year) || year < 1945 || year > 2100) throw new Refusal('Năm không hợp lệ (từ 1945 đến 2100).', 400)
    const state = await ensurePublicationPdf(req.payload, year, { req, force: true })
    if (state.action === 'empty')
      return errorResponse(400, `Chưa có điển hình cấp tỉnh, toàn quốc được công nhận năm ${year}: không có gì để tạo ấn phẩm.`)
    return Response.json(
      {
        year,
        action: state.action,
        status: state.doc?.status ?? null,
        hash: state.input.hash,
        url: state.url ?? null,
        chapters: state.input.chapters.length,
      },
      { status: state.action === 'queue' ? 202 : 200 },
    )
  },
}
