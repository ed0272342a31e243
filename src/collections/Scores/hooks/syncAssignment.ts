import type { CollectionAfterChangeHook } from 'payload'
import { refId } from '@/access/user'
import { asTrusted } from '@/lib/api/trustedWrite'

/** Submitting a sheet marks its assignment done; unlocking it puts the assignment back to "assigned". */
export const syncAssignment: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (!!doc.locked === !!previousDoc?.locked) return doc
  const id = refId(doc.assignment)
  if (id == null) return doc
  await req.payload.update({
    collection: 'judgeAssignments',
    id,
    data: { status: doc.locked ? 'submitted' : 'assigned' },
    overrideAccess: true,
    depth: 0,
    req,
    context: asTrusted(context),
  })
  return doc
}
