import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { getPayload } from 'payload'
import { collections } from '../../collections'
import { poolOf } from '@/lib/db/pool'
import { databaseUnreachable } from './databaseDown'
import { guardRest, type GuardOptions } from './guardRest'

// ours and the ones Payload adds (none of Payload's keeps versions)
const PAYLOAD_OWN = ['payload-preferences', 'payload-locked-documents', 'payload-jobs', 'payload-migrations', 'payload-kv']
const routed = [
  ...collections.filter((c) => !c.slug.startsWith('payload-')).map(({ slug, versions }) => ({ slug, versions })),
  ...PAYLOAD_OWN.map((slug) => ({ slug })),
]

const options: GuardOptions = {
  databaseDown: async (since) => {
    const pool = poolOf(await getPayload({ config })) as PostgresAdapter['pool'] & { lastFailure?: number }
    return (pool?.lastFailure ?? 0) >= since || databaseUnreachable(pool)
  },
}

/** The REST handlers the app serves (and the tests call), each behind the input guard. */
export const restHandlers = {
  GET: guardRest(REST_GET(config), routed, options),
  POST: guardRest(REST_POST(config), routed, options),
  PATCH: guardRest(REST_PATCH(config), routed, options),
  PUT: guardRest(REST_PUT(config), routed, options),
  DELETE: guardRest(REST_DELETE(config), routed, options),
  OPTIONS: REST_OPTIONS(config),
}
