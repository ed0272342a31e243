import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { collections } from '../../collections'
import { guardRest } from './guardRest'

// ours and the ones Payload adds (none of Payload's keeps versions)
const PAYLOAD_OWN = ['payload-preferences', 'payload-locked-documents', 'payload-jobs', 'payload-migrations', 'payload-kv']
const routed = [
  ...collections.filter((c) => !c.slug.startsWith('payload-')).map(({ slug, versions }) => ({ slug, versions })),
  ...PAYLOAD_OWN.map((slug) => ({ slug })),
]

/** The REST handlers the app serves (and the tests call), each behind the input guard. */
export const restHandlers = {
  GET: guardRest(REST_GET(config), routed),
  POST: guardRest(REST_POST(config), routed),
  PATCH: guardRest(REST_PATCH(config), routed),
  PUT: guardRest(REST_PUT(config), routed),
  DELETE: guardRest(REST_DELETE(config), routed),
  OPTIONS: REST_OPTIONS(config),
}
