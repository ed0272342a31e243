import type { PayloadRequest } from 'payload'
import { refId } from '../../access/user'
import type { DeclaredConflict, EntryForAssignment, JudgeForAssignment } from '../../domain/judging/assignment'

type Id = number

/**
 * Entries as the assignment rules need them: outlet, author id and e-mail, co-authors' e-mails (read with
 * overrideAccess: never sent to a judge).
 */
export async function entriesForAssignment(req: PayloadRequest, ids: Id[]): Promise<(EntryForAssignment & { id: Id; category: Id })[]> {
  if (!ids.length) return []
  const entries = await req.payload.find({
    collection: 'entries',
    where: { id: { in: ids } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { outlet: true, author: true, coAuthors: true, category: true },
  })
  const authorIds = [...new Set(entries.docs.map((e) => refId(e.author)).filter((x) => x != null))] as Id[]
  const authors = authorIds.length
    ? await req.payload.find({
        collection: 'users',
        where: { id: { in: authorIds } },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        req,
        select: { email: true },
      })
    : { docs: [] }
  const emails = new Map(authors.docs.map((u) => [String(u.id), u.email]))
  const categoryIds = [...new Set(entries.docs.map((e) => Number(refId(e.category))).filter(Number.isFinite))]
  const categories = categoryIds.length
    ? await req.payload.find({
        collection: 'contestCategories',
        where: { id: { in: categoryIds } },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        req,
        select: { medium: true },
      })
    : { docs: [] }
  const media = new Map(categories.docs.map((c) => [String(c.id), c.medium ?? null]))
  return entries.docs.map((e) => ({
    id: e.id,
    category: Number(refId(e.category)),
    medium: media.get(String(refId(e.category))) ?? null,
    outlet: refId(e.outlet),
    authorId: refId(e.author),
    authorEmail: emails.get(String(refId(e.author))) ?? null,
    coAuthors: (e.coAuthors ?? []).map((c) => ({ email: c.email ?? null })),
  }))
}

/** Judges (role `judge`) with their workplace outlet and the affiliations they declared. */
export async function judgesForAssignment(req: PayloadRequest, ids?: Id[]): Promise<(JudgeForAssignment & { id: Id; role: string })[]> {
  const res = await req.payload.find({
    collection: 'users',
    where: ids ? { id: { in: ids.length ? ids : [-1] } } : { role: { equals: 'judge' } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { email: true, workplaceOutlet: true, role: true, affiliations: true },
  })
  return res.docs.map((u) => ({
    id: u.id,
    email: u.email,
    workplaceOutlet: refId(u.workplaceOutlet),
    affiliatedOutlets: (u.affiliations?.outlets ?? []).map((o) => refId(o)).filter((o): o is number => o != null) as number[],
    relativeEmails: (u.affiliations?.relatives ?? []).map((r) => r.email).filter(Boolean),
    role: u.role,
  }))
}

/**
 * Every conflict of interest the given judges ever declared, in any round and any contest, with the entry's author
 * and medium: a declaration holds for that entry in every later round and for that author in later contests.
 */
export async function declaredConflicts(
  req: PayloadRequest,
  judgeIds: Id[],
  exceptAssignment?: Id | string | null,
): Promise<DeclaredConflict[]> {
  if (!judgeIds.length) return []
  const declared = await req.payload.find({
    collection: 'judgeAssignments',
    where: {
      judge: { in: judgeIds },
      status: { equals: 'conflict' },
      ...(exceptAssignment != null ? { id: { not_equals: exceptAssignment } } : {}),
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { entry: true, judge: true },
  })
  const entryIds = [...new Set(declared.docs.map((a) => Number(refId(a.entry))).filter(Number.isFinite))]
  const entries = new Map((await entriesForAssignment(req, entryIds)).map((e) => [String(e.id), e]))
  return declared.docs.map((a) => {
    const entry = entries.get(String(refId(a.entry)))
    return {
      judge: Number(refId(a.judge)),
      entry: Number(refId(a.entry)),
      authorId: entry?.authorId ?? null,
      medium: entry?.medium ?? null,
    }
  })
}
