import type { Endpoint } from 'payload'
import { quotaExport } from './quotaExport'

/** Root-level custom endpoints (collection-specific ones live on their collection). */
export const endpoints: Endpoint[] = [quotaExport]
