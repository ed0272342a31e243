import { graphqlPOST } from '../../src/lib/api/graphqlHandler'
import { restHandlers } from '../../src/lib/api/restHandlers'

/** Calls the app's REST and GraphQL route handlers directly (no HTTP server), as the Next app would. */
const handlers = restHandlers
const graphql = graphqlPOST

export interface RestResponse<T = any> {
  status: number
  body: T
  headers: Headers
}

export async function rest<T = any>(
  method: keyof typeof handlers,
  path: string,
  opts: { token?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string> } = {},
): Promise<RestResponse<T>> {
  const url = new URL(`http://localhost:3000/api${path}`)
  const headers: Record<string, string> = { ...(opts.headers ?? {}) }
  if (opts.token) headers.Authorization = `JWT ${opts.token}`
  let body = opts.body
  if (opts.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(opts.json)
  }
  const request = new Request(url, { method, headers, body })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const res = await handlers[method](request, { params: Promise.resolve({ slug }) })
  return answer<T>(res)
}

/** Status, headers and body of a response: parsed JSON, or the text when it is not JSON. */
async function answer<T>(res: Response): Promise<RestResponse<T>> {
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed as T, headers: res.headers }
}

export async function gql<T = any>(query: string, token?: string, variables?: Record<string, unknown>): Promise<RestResponse<T>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `JWT ${token}`
  return gqlRaw<T>(JSON.stringify({ query, variables }), headers)
}

/** Posts any body to the GraphQL route; the answer's text when it is not JSON. */
export async function gqlRaw<T = any>(
  body: BodyInit,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
): Promise<RestResponse<T>> {
  const res = await graphql(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body }))
  return answer<T>(res)
}

export async function login(email: string, password: string): Promise<string> {
  const res = await rest<{ token?: string; errors?: unknown }>('POST', '/users/login', { json: { email, password } })
  if (!res.body.token) throw new Error(`login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token
}
