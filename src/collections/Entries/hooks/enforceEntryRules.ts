import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { refuse } from '@/lib/api/errors'
import { asUser, isOrganizer, refId } from '@/access/user'
import { checkCoAuthors, checkEntryCap, countsTowardCap } from '@/domain/contest/entryCaps'
import { nextEntryCode, entryCodePrefix, type Medium } from '@/domain/contest/entryCode'
import { checkTransition } from '@/domain/contest/entryLifecycle'
import { checkMediumFiles } from '@/domain/contest/mediumFiles'
import { checkPublicationWindow } from '@/domain/contest/publicationWindow'
import { checkSubmissionWindow } from '@/domain/contest/submissionWindow'
import { requestReceivedAt } from '@/lib/api/receivedAt'
import { plainText } from '@/lib/lexical'
import type { Contest, ContestCategory, Entry, Media } from '@/payload-types'
import { advisoryLock } from './advisoryLock'
import { requestDb } from '@/lib/db/requestDb'
import { trusted as isTrusted } from '@/lib/api/trustedWrite'

type Ref = number | string | { id: number | string } | null | undefined

const bad = (message: string, status = 400, field?: string): never => refuse(message, status, field)

const ids = (refs: unknown): (number | string)[] =>
  Array.isArray(refs) ? refs.map((r) => refId(r as Ref)).filter((r): r is number | string => r != null) : []

// only what the rules below read: a contest document with its rounds, rubric and results costs several times more to
// read whole, and every submission reads one
const CONTEST_FIELDS = {
  year: true,
  status: true,
  opensAt: true,
  deadline: true,
  uploadGraceMinutes: true,
  worksFrom: true,
  worksTo: true,
  maxEntriesPerAuthor: true,
} as const
const CATEGORY_FIELDS = { contest: true, medium: true, maxCoAuthors: true } as const

type EntryContest = Pick<Contest, 'id' | keyof typeof CONTEST_FIELDS>
type EntryCategory = Pick<ContestCategory, 'id' | keyof typeof CATEGORY_FIELDS>

async function load(req: PayloadRequest, contestId: number | string, categoryId: number | string) {
  const read = { depth: 0, overrideAccess: true, req, disableErrors: true, locale: 'vi' } as const
  const [contest, category] = await Promise.all([
    req.payload.findByID({ collection: 'contests', id: contestId, select: CONTEST_FIELDS, ...read }),
    req.payload.findByID({ collection: 'contestCategories', id: categoryId, select: CATEGORY_FIELDS, ...read }),
  ])
  if (!contest) bad('Cuộc thi không tồn tại.')
  if (!category) bad('Thể loại dự thi không tồn tại.')
  return { contest: contest as EntryContest, category: category as EntryCategory }
}

/**
 * Gives the entry its code (GS2026-BI-0007) the first time it leaves the draft stage; codes never change afterwards.
 * Only the highest code of the prefix is read (longest, then greatest: sequences past 9999 grow wider), not every
 * code given so far, and under the prefix's lock, so two submissions never get the same number.
 */
async function assignCode(req: PayloadRequest, contest: EntryContest, medium: Medium): Promise<string> {
  const prefix = entryCodePrefix(contest.year, medium)
  await advisoryLock(req, `entry-code:${prefix}`)
  const db = await requestDb(req)
  const highest = await db.execute<{ code: string }>(sql`
    SELECT code FROM entries
     WHERE left(code, length(${prefix})) = ${prefix} AND substr(code, length(${prefix}) + 1) ~ '^[0-9]+$'
     ORDER BY length(code) DESC, code DESC LIMIT 1`)
  return nextEntryCode(
    contest.year,
    medium,
    highest.rows.map((r) => r.code),
  )
}

const FILE_FIELDS = { filename: true, mimeType: true, owner: true, receivedAt: true } as const
type AttachedFile = Pick<Media, 'id' | keyof typeof FILE_FIELDS>

/** The media documents an entry attaches (missing ids simply have no document), with what the rules read of them. */
async function attachedFiles(req: PayloadRequest, fileIds: (number | string)[]): Promise<AttachedFile[]> {
  if (!fileIds.length) return []
  const where = { id: { in: fileIds } }
  const found = await req.payload.find({
    collection: 'media',
    where,
    select: FILE_FIELDS,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs as AttachedFile[]
}

/**
 * Every rule of a contest entry, on every API: author, lifecycle, deadline, caps, originality, publication window,
 * files matching the medium. Trusted server code (overrideAccess) skips the author-facing rules but still gets
 * its code and timestamps.
 */
export const enforceEntryRules: CollectionBeforeChangeHook<Entry> = async ({ data, originalDoc, operation, req }) => {
  const trusted = isTrusted(req)
  const user = asUser(req.user)
  const organizer = isOrganizer(user)
  const enforce = !trusted && !organizer
  const prev = (operation === 'update' ? originalDoc : undefined) as Entry | undefined
  const now = requestReceivedAt()

  // who the entry belongs to
  if (operation === 'create') {
    if (!trusted && !organizer) {
      if (!user) bad('Bạn cần đăng nhập để gửi tác phẩm.', 401)
      if (data.author != null && String(refId(data.author as Ref)) !== String(user!.id))
        bad('Bạn chỉ có thể gửi tác phẩm của chính mình.', 403)
      data.author = user!.id as number
    } else if (data.author == null && user) data.author = user.id as number
  } else if (!trusted && !organizer && prev) data.author = prev.author
  // server-owned fields
  if (!trusted) {
    data.code = prev?.code ?? null
    data.submittedAt = prev?.submittedAt ?? null
    if (prev) data.submissionKey = prev.submissionKey
  }

  const next = { ...(prev ?? {}), ...data } as Entry
  const status = next.status ?? 'draft'
  next.status = status
  data.status = status
  const contestId = refId(next.contest as Ref)
  const categoryId = refId(next.category as Ref)
  if (contestId == null || categoryId == null) return data // required-field validation reports it
  const { contest, category } = await load(req, contestId, categoryId)
  // loaded once for the deadline grace and the file rules below
  const fileIds = trusted ? [] : ids(next.files)
  const fileCount = new Set(fileIds.map(String)).size
  const files = await attachedFiles(req, fileIds)

  if (!trusted) {
    if (String(refId(category.contest as Ref)) !== String(contest.id)) bad('Thể loại đã chọn không thuộc cuộc thi này.')
    if (enforce && prev && String(refId(prev.contest as Ref)) !== String(contest.id)) bad('Không thể chuyển tác phẩm sang cuộc thi khác.')
    const entryWindow = checkSubmissionWindow({
      contest,
      now,
      organizer,
      submitting: status === 'submitted',
      filesReceivedAt: files.length === fileCount ? files.map((f) => f.receivedAt) : null,
      entryCreatedAt: prev?.createdAt ?? null,
    })
    if (!entryWindow.ok) bad(entryWindow.message, 403)
    const move = checkTransition({
      actor: organizer ? 'organizer' : 'journalist',
      from: prev?.status ?? null,
      to: status,
      open: entryWindow.ok && entryWindow.open,
      reason: next.screeningReason,
    })
    if (!move.ok) bad(move.message, organizer ? 400 : 403, move.field)
  }

  if (!trusted) {
    const coAuthors = checkCoAuthors(next.coAuthors?.length ?? 0, category.maxCoAuthors)
    if (!coAuthors.ok) bad(coAuthors.message, 400, 'coAuthors')
    const published = checkPublicationWindow(next.publishedOn, contest.worksFrom, contest.worksTo)
    if (!published.ok) bad(published.message, 400, 'publishedOn')

    if (files.length !== fileCount) bad('Có tệp đính kèm không tồn tại.')
    if (enforce) {
      const author = String(refId(next.author as Ref))
      const foreign = files.find((f) => String(refId(f.owner as Ref)) !== author)
      if (foreign) bad(`Tệp "${foreign.filename}" không phải do bạn tải lên.`, 403)
    }
    const submitting = status === 'submitted' && (prev?.status !== 'submitted' || data.files !== undefined || data.body !== undefined)
    const medium = checkMediumFiles({ medium: category.medium as Medium, files, hasBody: plainText(next.body).length > 0, submitting })
    if (!medium.ok) bad(medium.message, 400, 'files')

    if (status === 'submitted' && !next.originalityDeclared)
      bad('Vui lòng đánh dấu cam kết tác phẩm là của tác giả, không sao chép, trước khi nộp bài.', 400, 'originalityDeclared')

    const entersCount =
      countsTowardCap(status) && (!prev || !countsTowardCap(prev.status) || String(refId(prev.contest as Ref)) !== String(contest.id))
    if (entersCount) {
      const author = refId(next.author as Ref)
      await advisoryLock(req, `entry-cap:${contest.id}:${author}`)
      const others = await req.payload.find({
        collection: 'entries',
        where: {
          and: [{ contest: { equals: contest.id } }, { author: { equals: author } }, ...(prev ? [{ id: { not_equals: prev.id } }] : [])],
        },
        select: { status: true },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      const cap = checkEntryCap({ otherStatuses: others.docs.map((d) => d.status), nextStatus: status, max: contest.maxEntriesPerAuthor })
      if (!cap.ok) bad(cap.message)
    }
  }

  // mechanical: code and submission time, whoever saves
  if (status !== 'draft' && !next.code) {
    if (status !== 'withdrawn') data.code = await assignCode(req, contest, category.medium as Medium)
  }
  if (status === 'submitted' && !next.submittedAt) data.submittedAt = now.toISOString()
  return data
}
