import type { CollectionAfterChangeHook } from 'payload'
import { refId } from '@/access/user'
import { writeAudit } from '@/lib/audit'
import type { Entry } from '@/payload-types'

type Ref = number | string | { id: number | string } | null | undefined

/**
 * After an entry is saved, inside the same transaction: its files become private, status changes go to the audit
 * trail, and the mails (receipt on submission, screening result) are queued as jobs that run after commit.
 */
export const afterEntryChange: CollectionAfterChangeHook<Entry> = async ({ doc, previousDoc, operation, req }) => {
  const fileIds = (doc.files ?? []).map((f) => refId(f as Ref)).filter((id): id is number | string => id != null)
  if (fileIds.length) {
    await req.payload.update({
      collection: 'media',
      where: { and: [{ id: { in: fileIds } }, { visibility: { not_equals: 'private' } }] },
      data: { visibility: 'private' },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }

  const before = operation === 'create' ? null : (previousDoc?.status ?? null)
  if (before === doc.status) return doc
  await writeAudit(req, {
    action: operation === 'create' ? 'entry.create' : 'entry.status',
    collection: 'entries',
    docId: doc.id,
    before: before ? { status: before } : null,
    after: { status: doc.status, code: doc.code ?? null },
    reason: doc.status === 'ineligible' ? (doc.screeningReason ?? undefined) : undefined,
  })
  if (doc.status === 'submitted') {
    await req.payload.jobs.queue({ task: 'sendEntryReceipt', input: { entryId: doc.id }, req })
  } else if (
    (doc.status === 'eligible' || doc.status === 'ineligible') &&
    (before === 'submitted' || before === 'eligible' || before === 'ineligible')
  ) {
    await req.payload.jobs.queue({ task: 'sendEntryScreening', input: { entryId: doc.id }, req })
  }
  return doc
}
