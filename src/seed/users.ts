import type { Payload } from 'payload'
import { demoAccounts, DEMO_PASSWORD } from './accounts'
import type { IdMap } from './upsert'

/** A commune of the new structure that has predecessors, so the officer sees history across the reorganisation. */
async function communeWithHistory(payload: Payload): Promise<number | undefined> {
  const merged = await payload.find({
    collection: 'units',
    where: { kind: { equals: 'commune' }, endReason: { equals: 'merged' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const successors = merged.docs[0]?.successors as number[] | undefined
  return successors?.[0]
}

export async function seedUsers(payload: Payload, _units: IdMap, outlets: IdMap): Promise<void> {
  const unit = await communeWithHistory(payload)
  for (const a of demoAccounts) {
    const found = await payload.find({ collection: 'users', where: { email: { equals: a.email } }, limit: 1, overrideAccess: true })
    if (found.docs.length) continue
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      disableVerificationEmail: true,
      data: {
        email: a.email,
        password: DEMO_PASSWORD,
        fullName: a.fullName,
        role: a.role,
        _verified: true,
        unit: a.unitHint ? unit : undefined,
        outlets: (a.outletSlugs ?? []).map((s) => outlets.get(s)!).filter(Boolean),
        penName: a.role === 'journalist' ? 'Mai Anh' : undefined,
      },
    })
  }
}
