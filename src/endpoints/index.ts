import type { Endpoint } from 'payload'
import { quotaExport } from './quotaExport'

export { withCollectionEndpoints } from './collectionEndpoints'

/** Root-level custom endpoints (collection-specific ones are attached by withCollectionEndpoints). */
export const endpoints: Endpoint[] = [quotaExport]
