import type { Endpoint } from 'payload'
import { errorResponse } from '@/lib/api/errors'
import { ensurePublicationPdf } from '@/server/publications/ensurePublication'
import { pdfStateOf } from '@/server/publications/pdfState'

/**
 * GET /api/publications/pdf?year=Y — the state of the year's PDF for the public page, which is cached: the page
 * asks here so a PDF finished after the page was rendered is offered at once. A stale PDF is queued (idempotent).
 */
export const publicationPdfStateEndpoint: Endpoint = {
  path: '/pdf',
  method: 'get',
  handler: async (req) => {
    const raw = String(req.searchParams.get('year') ?? '')
    const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN
    if (!(year >= 1945 && year <= 2100)) return errorResponse(400, 'Năm không hợp lệ (từ 1945 đến 2100).')
    const state = await ensurePublicationPdf(req.payload, year, { req })
    if (state.action === 'empty') return errorResponse(404, `Chưa có ấn phẩm năm ${year}.`)
    return Response.json(pdfStateOf(state), { headers: { 'Cache-Control': 'no-store' } })
  },
}
