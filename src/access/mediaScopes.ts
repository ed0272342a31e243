import type { PayloadRequest } from 'payload'
import { roundOpen } from '../domain/judging/openRound'
import { asUser, refId } from './user'

type Id = number

const cache = new WeakMap<PayloadRequest, Promise<Id[]>>()

/** Files of the entries assigned to the signed-in judge (not a declared conflict) in a round that is still open. */
export function assignedFileIds(req: PayloadRequest): Promise<Id[]> {
  let pending = cache.get(req)
  if (!pending) {
    pending = loadAssignedFileIds(req)
    cache.set(req, pending)
  }
  return pending
}

async function loadAssignedFileIds(req: PayloadRequest): Promise<Id[]> {
  const judge = asUser(req.user)?.id
  if (judge == null) return []
  const assignments = await req.payload.find({
    collection: 'judgeAssignments',
    where: { judge: { equals: judge }, status: { not_equals: 'conflict' } },
    select: { entry: true, round: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const entryIds = [...new Set(assignments.docs.map((a) => Number(refId(a.entry))).filter(Number.isFinite))]
  if (!entryIds.length) return []
  const entries = await req.payload.find({
    collection: 'entries',
    where: { id: { in: entryIds } },
    select: { files: true, contest: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const contestIds = [...new Set(entries.docs.map((e) => Number(refId(e.contest))).filter(Number.isFinite))]
  const contests = await req.payload.find({
    collection: 'contests',
    where: { id: { in: contestIds.length ? contestIds : [-1] } },
    select: { status: true, rounds: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const contestById = new Map(contests.docs.map((c) => [String(c.id), c]))
  const entryById = new Map(entries.docs.map((e) => [String(e.id), e]))
  const files = new Set<Id>()
  for (const a of assignments.docs) {
    const entry = entryById.get(String(refId(a.entry)))
    if (!entry || !roundOpen(contestById.get(String(refId(entry.contest))), a.round)) continue
    for (const f of entry.files ?? []) {
      const id = refId(f as never)
      if (id != null) files.add(Number(id))
    }
  }
  return [...files]
}

/** The XLSX and PDF files of the annual reports on the given units. */
export async function reportFileIds(req: PayloadRequest, units: number[]): Promise<Id[]> {
  if (!units.length) return []
  const reports = await req.payload.find({
    collection: 'annualReports',
    where: { unit: { in: units } },
    select: { xlsx: true, pdf: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return reports.docs
    .flatMap((r) => [refId(r.xlsx as never), refId(r.pdf as never)])
    .filter((id): id is Id => id != null)
    .map(Number)
}
