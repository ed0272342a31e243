import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { reindexDocuments } from '../lib/search/reindex'
import type { IndexedType } from '../lib/search/searchIndex.sql'

/**
 * Keeps the search index current. The row is rebuilt from the collection's own tables inside the same transaction,
 * so publishing, unpublishing, a status change, a draft saved over a published article (the published row is left
 * as it is) and a delete all end with the index equal to what the public can read.
 */
export const indexForSearch =
  (type: IndexedType): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    await reindexDocuments(req, type, [doc.id])
    return doc
  }

export const removeFromSearch =
  (type: IndexedType): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    await reindexDocuments(req, type, [id])
  }
