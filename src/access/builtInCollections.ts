import type { SanitizedConfig } from 'payload'
import { collectionAccess } from './table'

/**
 * Payload adds its own collections (preferences, document locks) while it builds the config, with access rules of
 * its own: document locks are open to every signed-in account. Their access is replaced with the table's.
 */
export async function withBuiltInAccess(config: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const sanitized = await config
  for (const slug of ['payload-preferences', 'payload-locked-documents']) {
    const collection = sanitized.collections.find((c) => c.slug === slug)
    if (collection) collection.access = { ...collection.access, ...collectionAccess(slug) }
  }
  return sanitized
}
