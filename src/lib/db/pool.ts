import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** The adapter's node-postgres pool: for the few reads that are aggregates or unions Payload's query API cannot express. */
export const poolOf = (payload: Payload) => (payload.db as unknown as PostgresAdapter).pool
