import type { CollectionAfterChangeHook } from 'payload'
import { writeAudit } from '@/lib/audit'

/** A declared conflict of interest goes into the audit log, with the judge's reason. */
export const auditConflict: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && doc.status === 'conflict' && previousDoc?.status !== 'conflict') {
    await writeAudit(req, {
      action: 'judgeAssignment.conflictDeclared',
      collection: 'judgeAssignments',
      docId: doc.id,
      before: { status: previousDoc?.status ?? null },
      after: { status: 'conflict' },
      reason: doc.conflictReason ?? undefined,
    })
  }
  return doc
}
