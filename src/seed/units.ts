import type { Payload } from 'payload'
import { units } from './data/units'
import { upsertBy, type IdMap } from './upsert'

/** Units first without successors (they may come later in the list), then successors and parents wired by code. */
export async function seedUnits(payload: Payload): Promise<IdMap> {
  const ids: IdMap = new Map()
  for (const u of units) {
    const { doc } = await upsertBy(
      payload,
      'units',
      { code: { equals: u.code } },
      {
        code: u.code,
        name: u.name,
        kind: u.kind,
        validFrom: u.validFrom,
        validTo: u.validTo,
        endReason: u.endReason,
        endDecision: u.endDecision,
      },
    )
    ids.set(u.code, doc.id)
  }
  for (const u of units) {
    const parent = u.parent ? ids.get(u.parent) : undefined
    const successors = (u.successors ?? []).map((c) => ids.get(c)).filter((id): id is number => id != null)
    if (parent || successors.length) {
      await payload.update({ collection: 'units', id: ids.get(u.code)!, data: { parent, successors }, overrideAccess: true, depth: 0 })
    }
  }
  return ids
}
