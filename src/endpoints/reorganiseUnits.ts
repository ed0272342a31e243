import type { Endpoint } from 'payload'
import { isOrganizer } from '../access/user'
import type { ReorganisationRequest } from '../domain/units/reorganisation'
import { errorResponse } from '../lib/api/errors'
import { readJsonBody } from '../lib/http'
import { reorganiseUnits as reorganise, type ReorganiseInput } from '../server/units/reorganise'

/** POST /api/units/reorganise — see reorganiseUnits in src/server/units/reorganise.ts. */
export const reorganiseUnits: Endpoint = {
  path: '/reorganise',
  method: 'post',
  handler: async (req) => {
    if (!isOrganizer(req.user)) return errorResponse(403, 'Chỉ Sở Nội vụ (ban tổ chức) được sắp xếp đơn vị.')
    const raw = await readJsonBody(req)
    const from = (Array.isArray(raw.from) ? raw.from : []).map(Number).filter(Number.isInteger)
    const into = (Array.isArray(raw.into) ? raw.into : []).filter(
      (t): t is ReorganisationRequest['into'][number] => !!t && typeof t === 'object',
    )
    const result = await reorganise(req, { ...raw, from, into } as unknown as ReorganiseInput)
    if (!result.ok) return Response.json({ errors: result.errors.map((message) => ({ message })) }, { status: 400 })
    const { ok: _ok, ...answer } = result
    return Response.json(answer, { status: 201 })
  },
}
