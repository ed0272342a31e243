import { APIError, UnauthorizedError, type PayloadHandler, type SanitizedConfig } from 'payload'

const SLUG = 'payload-preferences'

/**
 * DELETE /api/payload-preferences/:key. Payload's own handler ends in a database error (500) whenever the key does
 * not exist: its single-row delete builds a query on a join it never adds. Find the row first, then delete it by id.
 */
export const deletePreference: PayloadHandler = async (req) => {
  if (!req.user) throw new UnauthorizedError(req.t)
  const key = String(req.routeParams?.key ?? '')
  const { docs } = await req.payload.find({
    collection: SLUG,
    where: {
      and: [{ key: { equals: key } }, { 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }],
    },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (!docs[0]) throw new APIError('Không tìm thấy tùy chọn hiển thị này.', 404, undefined, true)
  const doc = await req.payload.delete({ collection: SLUG, id: docs[0].id, depth: 0, overrideAccess: true, req })
  return Response.json({ ...doc, message: req.t('general:deletedSuccessfully') })
}

/** Puts the handler above in place of Payload's (the preferences collection exists only once the config is built). */
export function withPreferenceDeleteFix(config: SanitizedConfig): SanitizedConfig {
  const prefs = config.collections.find((c) => c.slug === SLUG)
  const endpoint = Array.isArray(prefs?.endpoints) ? prefs.endpoints.find((e) => e.method === 'delete' && e.path === '/:key') : undefined
  if (endpoint) endpoint.handler = deletePreference
  return config
}
