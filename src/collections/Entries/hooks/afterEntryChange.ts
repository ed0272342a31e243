import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook } from 'payload'
import { refId } from '@/access/user'
import { writeAudit } from '@/lib/audit'
import { requestDb } from '@/lib/db/requestDb'
import type { Entry } from '@/payload-types'

type Ref = number | string | { id: number | string } | null | undefined

/**
 * After an entry is saved, inside the same transaction: its files become private, status changes go to the audit
 * trail, and the mails (receipt on submission, screening result) are queued as jobs that run after commit.
 */
export const afterEntryChange: CollectionAfterChangeHook<Entry> = async ({ doc, previousDoc, operation, req }) => {
  const fileIds = (doc.files ?? []).map((f) => Number(refId(f as Ref))).filter((id) => Number.isSafeInteger(id))
  if (fileIds.length) {
    // one statement, usually matching nothing (the entry form uploads its files as private already); the media
    // collection has no hooks a visibility change must run
    const db = await requestDb(req)
    await db.execute(sql`UPDATE media SET visibility = 'private', updated_at = now() WHERE id IN ${fileIds} AND visibility <> 'private'`)
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
