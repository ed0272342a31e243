import type { PayloadRequest } from 'payload'
import { descendantsOf, predecessorsOf, type UnitNode } from '../domain/units/tree'
import { isValidOn, vnDay } from '../domain/units/validity'

type Id = number
const cache = new WeakMap<PayloadRequest, Promise<UnitNode<Id>[]>>()

/** The whole unit tree (a few hundred rows), loaded once per request. */
export function loadUnitTree(req: PayloadRequest): Promise<UnitNode<Id>[]> {
  let pending = cache.get(req)
  if (!pending) {
    pending = req.payload
      .find({
        collection: 'units',
        depth: 0,
        limit: 0,
        pagination: false,
        select: { parent: true, successors: true, validFrom: true, validTo: true },
        req,
      })
      .then((res) =>
        res.docs.map((u) => ({
          id: u.id as Id,
          parent: (u.parent ?? null) as Id | null,
          successors: (u.successors ?? []) as Id[],
          validFrom: u.validFrom ?? null,
          validTo: u.validTo ?? null,
        })),
      )
    cache.set(req, pending)
  }
  return pending
}

/** What a unit officer may read: their unit's subtree and the history of the units it succeeded. */
export async function readableUnitIds(req: PayloadRequest, unitId: Id): Promise<Id[]> {
  const tree = await loadUnitTree(req)
  const roots = [unitId, ...predecessorsOf(unitId, tree)]
  return [...descendantsOf(roots, tree)]
}

/** What a unit officer may write: their own subtree, units still open today. */
export async function writableUnitIds(req: PayloadRequest, unitId: Id): Promise<Id[]> {
  const tree = await loadUnitTree(req)
  const today = vnDay(new Date())
  const open = new Set(tree.filter((u) => isValidOn(u, today)).map((u) => u.id))
  return [...descendantsOf([unitId], tree)].filter((id) => open.has(id))
}
