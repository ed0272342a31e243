import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { parse } from 'graphql'
import { inAdminLanguage } from '../adminLanguage'
import { checkBody } from './checkBody'
import { isDatabaseDown } from './databaseDown'
import { databaseDownResponse, errorResponse } from './errors'

const handler = GRAPHQL_POST(config)

/**
 * Payload's GraphQL route behind the same body check as REST: broken JSON made Payload throw out of the route
 * (a 500 page); a refusal thrown before GraphQL runs is answered with its own status.
 */
export async function graphqlPOST(incoming: Request): Promise<Response> {
  const request = inAdminLanguage(incoming)
  const checked = await checkBody(request)
  if (checked instanceof Response) return checked
  const refused = await unsupported(checked)
  if (refused) return errorResponse(400, refused)
  try {
    return await handler(checked)
  } catch (err) {
    if (isDatabaseDown(err)) return databaseDownResponse()
    const status = Number((err as { status?: unknown }).status)
    if (status >= 400 && status < 500) return errorResponse(status, 'Yêu cầu GraphQL không hợp lệ.')
    // a broken multipart body (an upload cut off) is the client's, not the server's
    if (request.headers.get('content-type')?.toLowerCase().startsWith('multipart/')) {
      return errorResponse(400, 'Không đọc được dữ liệu tải lên (tệp bị hỏng hoặc bị ngắt giữa chừng).')
    }
    throw err
  }
}

/**
 * Requests that Payload's GraphQL error formatting turns into a 500 (it reads the status of an original error
 * that these do not have): subscriptions, and variables that are not an object.
 */
async function unsupported(request: Request): Promise<string | null> {
  if (!request.headers.get('content-type')?.toLowerCase().includes('json')) return null
  let body: { query?: unknown; variables?: unknown }
  try {
    body = await request.clone().json()
  } catch {
    return null
  }
  if (body.variables !== undefined && body.variables !== null && (typeof body.variables !== 'object' || Array.isArray(body.variables))) {
    return 'Biến GraphQL (variables) phải là một đối tượng.'
  }
  if (typeof body.query !== 'string') return null
  try {
    const doc = parse(body.query)
    if (doc.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'subscription'))
      return 'Máy chủ không hỗ trợ GraphQL subscription.'
  } catch {
    // a syntax error: GraphQL answers it with a 400 itself
  }
  return null
}
