import { APIError, ValidationError, type CollectionAfterErrorHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { Refusal } from '@/lib/api/errors'
import { asUser, isOrganizer, refId } from '@/access/user'
import { advisoryLock } from './advisoryLock'
import { markTrusted } from '@/lib/api/trustedWrite'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Thrown when a create repeats an earlier one (same submissionKey, same author): answered with the existing entry. */
export class DuplicateSubmission extends APIError {
  constructor(public readonly entryId: number | string) {
    super('Tác phẩm này đã được gửi trước đó.', 200, { entryId }, true)
    this.name = 'DuplicateSubmission'
  }
}

/** The author a create will be saved under: the logged-in journalist, or whoever an organizer names. */
function intendedAuthor(req: PayloadRequest, data: Record<string, unknown> | undefined) {
  const user = asUser(req.user)
  if (user && !isOrganizer(user)) return user.id
  return refId(data?.author as never) ?? user?.id ?? null
}

async function findByKey(req: PayloadRequest, key: string, withTransaction: boolean) {
  const found = await req.payload.find({
    collection: 'entries',
    where: { submissionKey: { equals: key } },
    depth: 0,
    limit: 1,
    // one row or none: no total to count
    pagination: false,
    overrideAccess: true,
    select: { author: true },
    ...(withTransaction ? { req } : {}),
  })
  return found.docs[0] ?? null
}

/**
 * Marks whether access is overridden (the rules in beforeChange read it), and makes creates idempotent:
 * a create whose submissionKey is already stored for the same author returns that entry instead of a second one.
 * A per-key advisory lock makes a concurrent twin wait for the first to commit, then find it.
 */
export const entryBeforeOperation: CollectionBeforeOperationHook = async ({ args, operation, req, overrideAccess }) => {
  if (operation !== 'create' && operation !== 'update') return args
  markTrusted(req, overrideAccess === true)
  if (operation !== 'create') return args
  const data = args.data as Record<string, unknown> | undefined
  const key = data?.submissionKey
  if (key == null || key === '') return args
  if (typeof key !== 'string' || !UUID.test(key)) throw new Refusal('Mã gửi bài (submissionKey) phải là một UUID.', 400)
  await advisoryLock(req, `entry-submission:${key.toLowerCase()}`)
  const existing = await findByKey(req, key, true)
  if (!existing) return args
  if (String(refId(existing.author as never)) === String(intendedAuthor(req, data))) throw new DuplicateSubmission(existing.id)
  throw new Refusal('Mã gửi bài này đã được dùng cho một tác phẩm khác.', 409)
}

const depthOf = (req: PayloadRequest) => {
  const d = Number((req.query as Record<string, unknown> | undefined)?.depth)
  return Number.isInteger(d) && d >= 0 && d <= 3 ? d : 1
}

/**
 * REST answer for a repeated create: 200 with the entry already stored, as the first create answered.
 * Also the last line of defence: a unique violation on submissionKey (a twin that slipped past the lock) becomes the same answer.
 */
export const duplicateSubmissionResponse: CollectionAfterErrorHook = async ({ error, req }) => {
  let id: number | string | null = null
  if (error instanceof DuplicateSubmission) id = error.entryId
  else if (error instanceof ValidationError && error.data?.errors?.some((e) => e.path === 'submissionKey')) {
    const key = (req.data as Record<string, unknown> | undefined)?.submissionKey
    if (typeof key === 'string') {
      const existing = await findByKey(req, key, false)
      if (existing && String(refId(existing.author as never)) === String(intendedAuthor(req, req.data as never))) id = existing.id
    }
  }
  if (id == null) return
  // the failed request's transaction is gone: read outside it, with the caller's own access
  const doc = await req.payload.findByID({
    collection: 'entries',
    id,
    depth: depthOf(req),
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
  })
  if (!doc) return
  return { response: { doc, message: 'Tác phẩm này đã được gửi trước đó; không tạo bản thứ hai.', duplicate: true } as never, status: 200 }
}
