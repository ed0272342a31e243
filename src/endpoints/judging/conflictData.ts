import type { PayloadRequest } from 'payload'
import { refId } from '../../access/user'
import type { EntryForAssignment, JudgeForAssignment } from '../../domain/judging/assignment'

type Id = number

/** Entries as the assignment rules need them: outlet, author id and e-mail, co-authors' e-mails (read with overrideAccess: never sent to a judge). */
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
    ? await req.payload.find({ collection: 'users', where: { id: { in: authorIds } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req, select: { email: true } })
    : { docs: [] }
  const emails = new Map(authors.docs.map((u) => [String(u.id), u.email]))
  return entries.docs.map((e) => ({
    id: e.id,
    category: Number(refId(e.category)),
    outlet: refId(e.outlet),
    authorId: refId(e.author),
    authorEmail: emails.get(String(refId(e.author))) ?? null,
    coAuthors: (e.coAuthors ?? []).map((c) => ({ email: c.email ?? null })),
  }))
}

/** Judges (role `judge`) with their workplace outlet. */
export async function judgesForAssignment(req: PayloadRequest, ids?: Id[]): Promise<(JudgeForAssignment & { id: Id; role: string })[]> {
  const res = await req.payload.find({
    collection: 'users',
    where: ids ? { id: { in: ids.length ? ids : [-1] } } : { role: { equals: 'judge' } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { email: true, workplaceOutlet: true, role: true },
  })
  return res.docs.map((u) => ({ id: u.id, email: u.email, workplaceOutlet: refId(u.workplaceOutlet), role: u.role }))
}
