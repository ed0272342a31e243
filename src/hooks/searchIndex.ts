import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { reindexDocuments } from '../lib/search/reindex'
import type { IndexedType } from '../lib/search/searchIndex.sql'
import { revalidatePaths } from '../lib/seo/revalidate'

/**
 * Every cached page of search results, whatever its words: the route's file path, route group included, which is
 * how Next names a dynamic route's pages for `revalidatePath(…, 'page')`.
 */
const SEARCH_RESULT_PAGES = '/(site)/tim-kiem/ket-qua/[trang]/[q]'

/** Reindexes the documents and expires every cached page of search results. */
async function reindexAndExpire(req: PayloadRequest, type: IndexedType, id: number | string): Promise<void> {
  await reindexDocuments(req, type, [id])
  revalidatePaths(req, [SEARCH_RESULT_PAGES], 'page')
}

/**
 * Keeps the search index current. The row is rebuilt from the collection's own tables inside the same transaction,
 * so publishing, unpublishing, a status change, a draft saved over a published article (the published row is left
 * as it is) and a delete all end with the index equal to what the public can read.
 */
export const indexForSearch =
  (type: IndexedType): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    await reindexAndExpire(req, type, doc.id)
    return doc
  }

export const removeFromSearch =
  (type: IndexedType): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    await reindexAndExpire(req, type, id)
  }
