import type { CollectionSlug, Payload, Where } from 'payload'
import { asTrusted } from '../lib/api/trustedWrite'

/** Finds a document by a unique key or creates it: what makes seeding idempotent. */
export async function upsertBy<T extends { id: number }>(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  data: Record<string, unknown>,
): Promise<{ doc: T; created: boolean }> {
  const found = await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true, draft: true })
  if (found.docs[0]) return { doc: found.docs[0] as unknown as T, created: false }
  const doc = await payload.create({ collection, data: data as never, overrideAccess: true, depth: 0, context: asTrusted() })
  return { doc: doc as unknown as T, created: true }
}

export type IdMap = Map<string, number>
