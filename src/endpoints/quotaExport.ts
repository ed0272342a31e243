import type { Endpoint } from 'payload'
import { hasRole } from '../access/user'
import { errorResponse } from '../lib/api/errors'
import { quotaFilters } from '../lib/quota/quotaView'
import { quotaWorkbook, XLSX } from '../server/quota/quotaWorkbook'

/** GET /api/quota/export?nam=2025 — the dashboard's table as an XLSX workbook. */
export const quotaExport: Endpoint = {
  path: '/quota/export',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'organizer', 'unitOfficer'))
      return errorResponse(403, 'Bạn cần đăng nhập với vai trò Sở Nội vụ hoặc cán bộ đơn vị.')
    const filters = quotaFilters(Object.fromEntries(new URL(req.url ?? 'http://x').searchParams))
    const { buffer, filename } = await quotaWorkbook(req, filters)
    return new Response(buffer, { headers: { 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="${filename}"` } })
  },
}
