/**
 * Wraps Payload's REST route handlers where requests enter: malformed ids, bodies and broken uploads get a clear
 * Vietnamese 4xx instead of the stock 500. Everything else goes through untouched.
 */
import { checkBody, errorResponse as error } from './checkBody'
import { withReceivedAt } from './receivedAt'

type Handler = (request: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** Path words that follow a collection slug but are not document ids. */
const NOT_IDS = new Set([
  'me', 'login', 'logout', 'refresh-token', 'forgot-password', 'reset-password', 'verify', 'unlock', 'init',
  'first-register', 'access', 'versions', 'count', 'reorganise', 'export', 'file', 'paste-url', 'import', 'build', 'submit',
])

/** Collections whose path segment after the slug is a key, not a document id. */
const KEYED = new Set(['payload-preferences'])

const isId = (segment: string) => /^\d{1,10}$/.test(segment) && Number(segment) <= 2_147_483_647

export function guardRest(handler: Handler, collections: readonly string[]): Handler {
  const known = new Set(collections)
  return async (request, ctx) => {
    const { slug } = await ctx.params
    if (slug.length === 2 && known.has(slug[0]) && !KEYED.has(slug[0]) && !NOT_IDS.has(slug[1]) && !isId(slug[1])) {
      return error(404, `Không tìm thấy tài liệu "${slug[1]}" (mã tài liệu phải là số).`)
    }
    if (new URL(request.url).searchParams.has('where')) {
      return error(400, 'Điều kiện lọc (where) phải là một đối tượng, ví dụ where[status][equals]=recognised.')
    }
    const checked = await checkBody(request)
    if (checked instanceof Response) return checked
    const response = await withReceivedAt(() => handler(checked, { params: Promise.resolve({ slug }) }))
    const multipart = request.headers.get('content-type')?.toLowerCase().startsWith('multipart/')
    if (response.status === 500 && multipart) {
      return error(400, 'Không đọc được dữ liệu tải lên (tệp bị hỏng hoặc bị ngắt giữa chừng). Vui lòng tải lại; dữ liệu đã lưu trước đó không bị ảnh hưởng.')
    }
    return response
  }
}
