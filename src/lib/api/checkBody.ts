/**
 * The body check every REST and GraphQL request passes before Payload reads it: Payload only parses
 * `application/json` (exact spelling) and multipart; any other body reached the operations as `undefined`
 * and ended in a 500.
 */
import { jsonBodyProblem } from '../../domain/http/jsonBody'
import { errorResponse } from './errors'

export const MAX_JSON_BYTES = 10 * 1024 * 1024

const WITH_BODY = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

/** Payload turns such a POST into the GET it names (handleEndpoints), reading the form body as the query string. */
const isReadOverride = (request: Request) =>
  request.method.toUpperCase() === 'POST' &&
  (request.headers.get('x-payload-http-method-override') === 'GET' || request.headers.get('x-http-method-override') === 'GET') &&
  (request.headers.get('content-type') ?? '').split(';', 1)[0].trim().toLowerCase() === 'application/x-www-form-urlencoded'

const withJson = (request: Request, text: string) => {
  const headers = new Headers(request.headers)
  headers.set('content-type', 'application/json')
  return new Request(request.url, { method: request.method, headers, body: text, signal: request.signal })
}

/**
 * The request to hand on (rebuilt when its content type needed normalising), or the 4xx to answer instead.
 * `documentData`: the route creates or updates documents, so a missing body means empty data (Payload's
 * operations and hooks crash on none).
 */
export async function checkBody(request: Request, opts: { documentData?: boolean } = {}): Promise<Request | Response> {
  if (!WITH_BODY.has(request.method.toUpperCase())) return request
  // a read sent as POST with its query string as a form body: the admin's relationship pickers ask this way
  if (isReadOverride(request)) return request
  if (!request.body) return opts.documentData ? withJson(request, '{}') : request
  const header = request.headers.get('content-type') ?? ''
  const type = header.split(';', 1)[0].trim().toLowerCase()
  if (type.startsWith('multipart/')) return request
  if (Number(request.headers.get('content-length') || 0) > MAX_JSON_BYTES) return errorResponse(413, 'Dữ liệu gửi lên quá lớn.')
  let text: string
  try {
    text = await request.clone().text()
  } catch {
    return errorResponse(400, 'Không đọc được dữ liệu gửi lên (kết nối bị ngắt giữa chừng).')
  }
  if (!text) return opts.documentData ? withJson(request, '{}') : request
  if (text.length > MAX_JSON_BYTES) return errorResponse(413, 'Dữ liệu gửi lên quá lớn.')
  if (type !== 'application/json' && !type.endsWith('+json')) {
    return errorResponse(400, 'Chỉ nhận dữ liệu dạng JSON (Content-Type: application/json) hoặc multipart/form-data.')
  }
  const problem = jsonBodyProblem(text)
  if (problem) return errorResponse(400, problem)
  if (header.split(';', 1)[0].trim() === 'application/json') return request
  // Payload compares the type verbatim: "Application/JSON" or "…+json" would be ignored and the body lost
  return withJson(request, text)
}
