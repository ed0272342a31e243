import { APIError, commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'
import { hasRole } from '../access/user'
import { planReorganisation, type ReorganisationRequest } from '../domain/units/reorganisation'
import { writeAudit } from '../lib/audit'
import { readJsonBody } from '../lib/http'

/**
 * POST /api/units/reorganise — closes the old units the day before the effective date, opens the new ones,
 * links successors, optionally moves the old units' officers, and audits it all, in one transaction.
 */
export const reorganiseUnits: Endpoint = {
  path: '/reorganise',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'organizer'))
      return Response.json({ errors: [{ message: 'Chỉ Sở Nội vụ (ban tổ chức) được sắp xếp đơn vị.' }] }, { status: 403 })
    const raw = await readJsonBody(req)
    const from = (Array.isArray(raw.from) ? raw.from : []).map(Number).filter(Number.isInteger)
    const into = (Array.isArray(raw.into) ? raw.into : []).filter((t): t is ReorganisationRequest['into'][number] => !!t && typeof t === 'object')
    const body = { ...raw, from, into } as unknown as ReorganisationRequest & { moveOfficers?: boolean }
    const existing = await req.payload.find({
      collection: 'units',
      where: { id: { in: [...from, ...into.flatMap((t) => ('existing' in t ? [Number(t.existing)] : []))] } },
      depth: 0,
      limit: 0,
      pagination: false,
      req,
    })
    const plan = planReorganisation(body, existing.docs.map((u) => ({ id: u.id, name: u.name, validFrom: u.validFrom, validTo: u.validTo })))
    if (!plan.ok) return Response.json({ errors: plan.errors.map((message) => ({ message })) }, { status: 400 })

    const shouldCommit = await initTransaction(req)
    try {
      const created = []
      for (const spec of plan.create) {
        created.push(
          await req.payload.create({ collection: 'units', data: { ...spec, validFrom: body.effectiveDate }, req, depth: 0 }),
        )
      }
      const successors = [...plan.existingSuccessors, ...created.map((u) => u.id)]
      const closing = from.filter((id) => !plan.existingSuccessors.includes(id))
      for (const id of closing) {
        const before = existing.docs.find((u) => u.id === id)
        const after = await req.payload.update({
          collection: 'units',
          id,
          data: { validTo: plan.closeOn, endReason: plan.endReason, endDecision: body.decision, successors },
          req,
          depth: 0,
        })
        await writeAudit(req, {
          action: 'unit.reorganised',
          collection: 'units',
          docId: id,
          before: { validTo: before?.validTo ?? null, successors: before?.successors ?? [] },
          after: { validTo: after.validTo, endReason: after.endReason, successors },
          reason: body.decision,
        })
      }
      if (body.moveOfficers && successors.length === 1) {
        const officers = await req.payload.find({ collection: 'users', where: { unit: { in: closing } }, depth: 0, limit: 0, pagination: false, req })
        for (const officer of officers.docs) {
          await req.payload.update({ collection: 'users', id: officer.id, data: { unit: successors[0] }, req, depth: 0 })
        }
      }
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ closed: closing, created: created.map((u) => ({ id: u.id, name: u.name, code: u.code })), successors }, { status: 201 })
    } catch (err) {
      if (shouldCommit) await killTransaction(req)
      if (err instanceof APIError) throw err
      const message = err instanceof Error ? err.message : String(err)
      return Response.json({ errors: [{ message: `Không thể sắp xếp đơn vị: ${message}` }] }, { status: 400 })
    }
  },
}
