import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { collections } from '../../collections'
import { guardRest } from './guardRest'

const slugs = collections.map((c) => c.slug)

/** The REST handlers the app serves (and the tests call), each behind the input guard. */
export const restHandlers = {
  GET: guardRest(REST_GET(config), slugs),
  POST: guardRest(REST_POST(config), slugs),
  PATCH: guardRest(REST_PATCH(config), slugs),
  PUT: guardRest(REST_PUT(config), slugs),
  DELETE: guardRest(REST_DELETE(config), slugs),
  OPTIONS: REST_OPTIONS(config),
}
