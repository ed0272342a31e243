import { APIError, commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { planReorganisation, type ReorganisationRequest } from '../../domain/units/reorganisation'
import { writeAudit } from '../../lib/audit'

export type ReorganiseInput = ReorganisationRequest & { moveOfficers?: boolean }

export type ReorganiseResult =
  | { ok: true; closed: number[]; created: { id: number; name: string; code: string }[]; successors: number[] }
  | { ok: false; errors: string[] }

/**
 * Closes the old units the day before the effective date, opens the new ones, links successors, optionally moves
 * the old units' officers, and audits it all, in one transaction. Reads and writes with the caller's access.
 */
export async function reorganiseUnits(req: PayloadRequest, body: ReorganiseInput): Promise<ReorganiseResult> {
  const { from, into } = body
  const existing = await req.payload.find({
    collection: 'units',
    where: { id: { in: [...from, ...into.flatMap((t) => ('existing' in t ? [Number(t.existing)] : []))] } },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  const plan = planReorganisation(
    body,
    existing.docs.map((u) => ({ id: u.id, name: u.name, validFrom: u.validFrom, validTo: u.validTo })),
  )
  if (!plan.ok) return { ok: false, errors: plan.errors }

  const shouldCommit = await initTransaction(req)
  try {
    const created = []
    for (const spec of plan.create) {
      created.push(await req.payload.create({ collection: 'units', data: { ...spec, validFrom: body.effectiveDate }, req, depth: 0 }))
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
      const officers = await req.payload.find({
        collection: 'users',
        where: { unit: { in: closing } },
        depth: 0,
        limit: 0,
        pagination: false,
        req,
      })
      for (const officer of officers.docs) {
        await req.payload.update({ collection: 'users', id: officer.id, data: { unit: successors[0] }, req, depth: 0 })
      }
    }
    if (shouldCommit) await commitTransaction(req)
    return { ok: true, closed: closing, created: created.map((u) => ({ id: u.id, name: u.name, code: u.code })), successors }
  } catch (err) {
    if (shouldCommit) await killTransaction(req)
    if (err instanceof APIError) throw err
    const message = err instanceof Error ? err.message : String(err)
    return { ok: false, errors: [`Không thể sắp xếp đơn vị: ${message}`] }
  }
}
