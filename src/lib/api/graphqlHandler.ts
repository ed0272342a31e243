import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { checkBody, errorResponse } from './checkBody'

const handler = GRAPHQL_POST(config)

/**
 * Payload's GraphQL route behind the same body check as REST: broken JSON made Payload throw out of the route
 * (a 500 page); a refusal thrown before GraphQL runs is answered with its own status.
 */
export async function graphqlPOST(request: Request): Promise<Response> {
  const checked = await checkBody(request)
  if (checked instanceof Response) return checked
  try {
    return await handler(checked)
  } catch (err) {
    const status = Number((err as { status?: unknown }).status)
    if (status >= 400 && status < 500) return errorResponse(status, 'Yêu cầu GraphQL không hợp lệ.')
    throw err
  }
}
