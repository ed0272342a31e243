import type { CollectionBeforeChangeHook } from 'payload'
import { refId } from '@/access/user'

/** An article's outlet is its column's outlet: stored so access rules and listings filter on one column. */
export const outletFromColumn: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  const column = refId(data.column ?? originalDoc?.column)
  if (column == null) return data
  const doc = await req.payload.findByID({ collection: 'columns', id: column, depth: 0, req, overrideAccess: true, draft: true })
  return { ...data, outlet: refId(doc.outlet) }
}
