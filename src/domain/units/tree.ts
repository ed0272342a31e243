/** Pure helpers over the unit tree; ids are whatever the database uses. */
export interface UnitNode<Id = number | string> {
  id: Id
  parent?: Id | null
  successors?: Id[] | null
  validFrom?: string | null
  validTo?: string | null
}

/** The unit itself and every unit below it. */
export function descendantsOf<Id>(rootIds: Id[], units: UnitNode<Id>[]): Set<Id> {
  const children = new Map<Id, Id[]>()
  for (const u of units) {
    if (u.parent == null) continue
    const list = children.get(u.parent) ?? []
    list.push(u.id)
    children.set(u.parent, list)
  }
  const out = new Set<Id>()
  const stack = [...rootIds]
  while (stack.length) {
    const id = stack.pop() as Id
    if (out.has(id)) continue
    out.add(id)
    stack.push(...(children.get(id) ?? []))
  }
  return out
}

/** Every unit that ended into this one, directly or through a chain of reorganisations. */
export function predecessorsOf<Id>(unitId: Id, units: UnitNode<Id>[]): Set<Id> {
  const out = new Set<Id>()
  const stack = [unitId]
  while (stack.length) {
    const id = stack.pop() as Id
    for (const u of units) {
      if (!out.has(u.id) && u.id !== unitId && (u.successors ?? []).includes(id)) {
        out.add(u.id)
        stack.push(u.id)
      }
    }
  }
  return out
}

/** Ancestors from the parent up to the root. */
export function ancestorsOf<Id>(unitId: Id, units: UnitNode<Id>[]): Id[] {
  const byId = new Map(units.map((u) => [u.id, u]))
  const out: Id[] = []
  let current = byId.get(unitId)?.parent
  while (current != null && !out.includes(current)) {
    out.push(current)
    current = byId.get(current)?.parent
  }
  return out
}

/** Every unit this one ended into, directly or through later reorganisations. */
export function successorsOf<Id>(unitId: Id, units: UnitNode<Id>[]): Id[] {
  const byId = new Map(units.map((u) => [u.id, u]))
  const out: Id[] = []
  const stack = [...(byId.get(unitId)?.successors ?? [])]
  while (stack.length) {
    const next = stack.pop() as Id
    if (out.includes(next)) continue
    out.push(next)
    stack.push(...(byId.get(next)?.successors ?? []))
  }
  return out
}
