/**
 * Wraps Payload's REST route handlers where requests enter: malformed ids, bodies and broken uploads get a clear
 * Vietnamese 4xx instead of the stock 500. Everything else goes through untouched.
 */
import { MAX_DB_INTEGER } from '../../domain/http/dbInteger'
import { inAdminLanguage } from '../adminLanguage'
import { checkBody } from './checkBody'
import { isDatabaseDown } from './databaseDown'
import { databaseDownResponse, errorResponse as error, RETRY_AFTER_SECONDS } from './errors'
import { withReceivedAt } from './receivedAt'

type Handler = (request: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** Path words that follow a collection slug but are not document ids. */
const NOT_IDS = new Set([
  'me',
  'login',
  'logout',
  'refresh-token',
  'forgot-password',
  'reset-password',
  'verify',
  'unlock',
  'init',
  'first-register',
  'access',
  'versions',
  'count',
  'reorganise',
  'export',
  'file',
  'paste-url',
  'import',
  'build',
  'submit',
  'pdf',
])

/** Collections whose path segment after the slug is a key, not a document id. */
const KEYED = new Set(['payload-preferences'])

const isId = (segment: string) => /^\d{1,10}$/.test(segment) && Number(segment) <= MAX_DB_INTEGER

/** The path segment that names a document: /<slug>/<id>[/…] and /<slug>/access|versions/<id>. */
function idSegment(slug: string[], known: Set<string>): string | null {
  if (slug.length < 2 || !known.has(slug[0]) || (KEYED.has(slug[0]) && slug.length === 2)) return null
  if (!NOT_IDS.has(slug[1])) return slug[1]
  if ((slug[1] === 'access' || slug[1] === 'versions') && slug.length >= 3) return slug[2]
  return null
}

/** The request carries a sign-in (a token header or the session cookie). */
const signedIn = (request: Request) =>
  request.headers.has('authorization') || /(^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

export interface GuardOptions {
  /** whether the database failed since `since` (ms) or is unreachable now: asked only when a signed-in request was refused */
  databaseDown?: (since: number) => Promise<boolean>
}

export function guardRest(
  handler: Handler,
  collections: readonly { slug: string; versions?: unknown }[],
  options: GuardOptions = {},
): Handler {
  const known = new Set(collections.map((c) => c.slug))
  const versioned = new Set(collections.filter((c) => c.versions).map((c) => c.slug))
  return async (incoming, ctx) => {
    const request = inAdminLanguage(incoming)
    const { slug } = await ctx.params
    const id = idSegment(slug, known)
    if (id !== null && !isId(id)) return error(404, `Không tìm thấy tài liệu "${id}" (mã tài liệu phải là số).`)
    // Payload's version routes fail with a 500 on a collection that keeps no versions
    if (slug[1] === 'versions' && !versioned.has(slug[0])) return error(404, `Mục "${slug[0]}" không lưu phiên bản.`)
    const query = new URL(request.url).searchParams
    if (query.has('where')) {
      return error(400, 'Điều kiện lọc (where) phải là một đối tượng, ví dụ where[status][equals]=recognised.')
    }
    // PostgreSQL text cannot hold U+0000: a filter or sort holding it ended in a database error
    if ([...query].some(([key, value]) => key.includes('\u0000') || value.includes('\u0000'))) {
      return error(400, 'Tham số trên địa chỉ có ký tự NUL (%00), là ký tự không được phép.')
    }
    const documentData = slug.length === 1 || (slug.length === 2 && id !== null)
    const checked = await checkBody(request, { documentData: documentData && known.has(slug[0]) })
    if (checked instanceof Response) return checked
    const received = Date.now()
    let response: Response
    try {
      response = await withReceivedAt(() => handler(checked, { params: Promise.resolve({ slug }) }))
    } catch (err) {
      // Payload's error route itself fails when the request could not be set up (the database gone mid-request)
      if (isDatabaseDown(err)) return databaseDownResponse()
      throw err
    }
    if (response.status === 503 && !response.headers.has('retry-after')) return withRetryAfter(response)
    // Payload treats a sign-in it could not check (database gone) as no sign-in: the refusal would be misleading
    if ((response.status === 401 || response.status === 403) && signedIn(request) && (await options.databaseDown?.(received)))
      return databaseDownResponse()
    const multipart = request.headers.get('content-type')?.toLowerCase().startsWith('multipart/')
    if (response.status === 500 && multipart) {
      return error(
        400,
        'Không đọc được dữ liệu tải lên (tệp bị hỏng hoặc bị ngắt giữa chừng). Vui lòng tải lại; dữ liệu đã lưu trước đó không bị ' +
          'ảnh hưởng.',
      )
    }
    return response
  }
}

/** A 503 (database or storage briefly unreachable) tells the client when to send the request again. */
function withRetryAfter(response: Response): Response {
  const headers = new Headers(response.headers)
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}
