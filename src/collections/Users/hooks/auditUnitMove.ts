import type { CollectionAfterChangeHook } from 'payload'
import { refId } from '@/access/user'
import { writeAudit } from '@/lib/audit'

/** Moving an officer to another unit (e.g. a successor after a merger) is recorded. */
export const auditUnitMove: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const before = refId(previousDoc?.unit)
  const after = refId(doc.unit)
  if (before !== after) {
    await writeAudit(req, {
      action: 'user.unitMoved',
      collection: 'users',
      docId: doc.id,
      before: { unit: before },
      after: { unit: after },
    })
  }
  if (previousDoc?.role !== doc.role) {
    await writeAudit(req, {
      action: 'user.roleChanged',
      collection: 'users',
      docId: doc.id,
      before: { role: previousDoc?.role },
      after: { role: doc.role },
    })
  }
  return doc
}
