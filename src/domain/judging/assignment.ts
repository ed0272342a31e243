/** Who may judge what, and a balanced, deterministic way to hand out the entries of a round. */
type Id = number | string

export interface EntryForAssignment {
  id: Id
  /** The outlet that published or broadcast the work (`entries.outlet`). */
  outlet?: Id | null
  authorId?: Id | null
  authorEmail?: string | null
  /** The category's medium (print, radio, ...): a conflict declared with an author holds for that medium in later contests. */
  medium?: string | null
  coAuthors?: { userId?: Id | null; email?: string | null }[] | null
}

export interface JudgeForAssignment {
  id: Id
  email?: string | null
  /** `users.workplaceOutlet`: a judge never scores a work of the outlet they work for. */
  workplaceOutlet?: Id | null
  /** Outlets the judge declared working with (`users.affiliations.outlets`). */
  affiliatedOutlets?: readonly Id[] | null
  /** Addresses of relatives the judge declared (`users.affiliations.relatives`). */
  relativeEmails?: readonly string[] | null
}

export interface AssignmentPair {
  entry: Id
  judge: Id
}

export interface AssignmentInput {
  entries: readonly EntryForAssignment[]
  judges: readonly JudgeForAssignment[]
  /** Judges per entry. */
  k: number
  /** Assignments already in place in this round (not declared conflicts): they count towards k and towards load. */
  existing?: readonly AssignmentPair[]
  /** Declared conflicts (an assignment a judge turned down, in any round or contest): see `DeclaredConflict`. */
  conflicts?: readonly DeclaredConflict[]
}

/**
 * A conflict of interest a judge declared on one assignment. It holds for that entry in every later round, and
 * for the same author's entries of the same medium in later contests (the conflict is with the person).
 */
export interface DeclaredConflict {
  judge: Id
  entry: Id
  authorId?: Id | null
  medium?: string | null
}

export interface Unassignable {
  entry: Id
  /** How many judges it has after this run, and how many it needs. */
  has: number
  needs: number
}

export interface AssignmentPlan {
  assignments: AssignmentPair[]
  unassignable: Unassignable[]
  /** Assignments per judge after the run (existing + new), in judge order. */
  load: { judge: Id; count: number }[]
}

export type ConflictKind = 'declared' | 'declaredAuthor' | 'sameOutlet' | 'affiliatedOutlet' | 'relative' | 'author' | 'coAuthor'

const same = (a: Id | null | undefined, b: Id | null | undefined) => a != null && b != null && String(a) === String(b)
const sameEmail = (a?: string | null, b?: string | null) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase()
const key = (p: AssignmentPair) => `${p.entry}|${p.judge}`
const authorKey = (author: Id, medium: string | null | undefined, judge: Id) => `author:${author}|${medium ?? ''}|${judge}`

/** Declared conflicts as a set of keys: the entry itself, and its author within the same medium. */
export function declaredIndex(conflicts: readonly DeclaredConflict[]): Set<string> {
  const set = new Set<string>()
  for (const c of conflicts) {
    set.add(key(c))
    if (c.authorId != null) set.add(authorKey(c.authorId, c.medium, c.judge))
  }
  return set
}

/** Why `judge` may not score `entry`, or null when they may. */
export function conflictOf(
  entry: EntryForAssignment,
  judge: JudgeForAssignment,
  declared: ReadonlySet<string> | readonly DeclaredConflict[] = [],
): ConflictKind | null {
  const set = declared instanceof Set ? declared : declaredIndex(declared as readonly DeclaredConflict[])
  if (set.has(key({ entry: entry.id, judge: judge.id }))) return 'declared'
  if (entry.authorId != null && set.has(authorKey(entry.authorId, entry.medium, judge.id))) return 'declaredAuthor'
  if (same(entry.authorId, judge.id) || sameEmail(entry.authorEmail, judge.email)) return 'author'
  if ((entry.coAuthors ?? []).some((c) => same(c.userId, judge.id) || sameEmail(c.email, judge.email))) return 'coAuthor'
  if (same(entry.outlet, judge.workplaceOutlet)) return 'sameOutlet'
  if ((judge.affiliatedOutlets ?? []).some((o) => same(entry.outlet, o))) return 'affiliatedOutlet'
  const authors = [entry.authorEmail, ...(entry.coAuthors ?? []).map((c) => c.email)]
  if ((judge.relativeEmails ?? []).some((r) => authors.some((a) => sameEmail(a, r)))) return 'relative'
  return null
}

export const CONFLICT_LABELS: Record<ConflictKind, string> = {
  declared: 'giám khảo đã khai báo xung đột lợi ích với tác phẩm này',
  declaredAuthor: 'giám khảo đã khai báo xung đột lợi ích với tác giả của tác phẩm này (cùng thể loại, ở cuộc thi trước)',
  sameOutlet: 'giám khảo công tác tại cơ quan báo chí đăng, phát tác phẩm',
  affiliatedOutlet: 'giám khảo đã khai có cộng tác với cơ quan báo chí đăng, phát tác phẩm',
  relative: 'giám khảo đã khai tác giả hoặc đồng tác giả là người thân',
  author: 'giám khảo là tác giả của tác phẩm',
  coAuthor: 'giám khảo là đồng tác giả của tác phẩm',
}

const compareIds = (a: Id, b: Id) => {
  const na = Number(a)
  const nb = Number(b)
  return Number.isFinite(na) && Number.isFinite(nb) ? na - nb : String(a).localeCompare(String(b))
}

/**
 * Gives every entry k judges. Entries are taken in id order (those with fewest eligible judges first, so scarce
 * judges go where they are needed); each takes the eligible judges with the lowest current load, ties broken by
 * judge id. Existing assignments count towards both k and load, so running it again only tops entries up.
 */
export function assignJudges(input: AssignmentInput): AssignmentPlan {
  const k = Math.max(0, Math.floor(input.k))
  const judges = [...input.judges].sort((a, b) => compareIds(a.id, b.id))
  const declared = declaredIndex(input.conflicts ?? [])
  const taken = new Set((input.existing ?? []).map(key))
  const load = new Map<string, number>(judges.map((j) => [String(j.id), 0]))
  const has = new Map<string, number>()
  for (const p of input.existing ?? []) {
    if (load.has(String(p.judge))) load.set(String(p.judge), (load.get(String(p.judge)) ?? 0) + 1)
    has.set(String(p.entry), (has.get(String(p.entry)) ?? 0) + 1)
  }
  const eligible = new Map<string, JudgeForAssignment[]>()
  for (const e of input.entries) {
    eligible.set(
      String(e.id),
      judges.filter((j) => !conflictOf(e, j, declared) && !taken.has(key({ entry: e.id, judge: j.id }))),
    )
  }
  const order = [...input.entries].sort(
    (a, b) => (eligible.get(String(a.id))?.length ?? 0) - (eligible.get(String(b.id))?.length ?? 0) || compareIds(a.id, b.id),
  )
  const assignments: AssignmentPair[] = []
  const unassignable: Unassignable[] = []
  for (const e of order) {
    const current = has.get(String(e.id)) ?? 0
    const need = Math.max(0, k - current)
    const picks = [...(eligible.get(String(e.id)) ?? [])]
      .sort((a, b) => (load.get(String(a.id)) ?? 0) - (load.get(String(b.id)) ?? 0) || compareIds(a.id, b.id))
      .slice(0, need)
    for (const j of picks) {
      assignments.push({ entry: e.id, judge: j.id })
      load.set(String(j.id), (load.get(String(j.id)) ?? 0) + 1)
    }
    if (current + picks.length < k) unassignable.push({ entry: e.id, has: current + picks.length, needs: k })
  }
  assignments.sort((a, b) => compareIds(a.entry, b.entry) || compareIds(a.judge, b.judge))
  unassignable.sort((a, b) => compareIds(a.entry, b.entry))
  return { assignments, unassignable, load: judges.map((j) => ({ judge: j.id, count: load.get(String(j.id)) ?? 0 })) }
}
