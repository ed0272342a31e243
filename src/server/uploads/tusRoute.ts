/**
 * /api/uploads/tus: resumable uploads (tus protocol) of contest files. POST creates an upload, HEAD tells how much
 * has arrived, PATCH sends a piece, DELETE cancels; POST <id>/hoan-tat turns a finished upload into a media
 * document. Only accounts that may create entries start uploads, and each upload answers to its creator only.
 */
import { cellFor, actorOf } from '@/access/table'
import type { User } from '@/payload-types'
import { errorResponse } from '@/lib/api/errors'
import { payloadClient } from '@/lib/payload'
import { finishUpload, NOT_FOUND, NOT_YOURS } from '@/lib/uploads/finishUpload'
import { setCreator, sweepExpired, tusServer, UPLOAD_ID } from '@/lib/uploads/tusServer'

type Ctx = { params: Promise<{ path?: string[] }> }

const SIGN_IN = 'Bạn cần đăng nhập để tải tệp lên.'
const NOT_ALLOWED = 'Tài khoản của bạn không được gửi tác phẩm dự thi nên không tải tệp dự thi lên được.'

/** Vietnamese for the protocol's own (English) refusals, by status; tus answers 403 and 501 for malformed requests. */
const PROTOCOL: Record<number, [number, string]> = {
  400: [400, 'Yêu cầu tải lên không hợp lệ (tiêu đề giao thức tus sai hoặc thiếu).'],
  403: [400, 'Yêu cầu tải lên thiếu Upload-Offset hoặc Content-Type.'],
  404: [404, NOT_FOUND],
  409: [409, 'Vị trí tiếp tục không khớp với phần máy chủ đã nhận; hãy hỏi lại vị trí (HEAD) rồi gửi tiếp.'],
  410: [410, 'Phiên tải lên đã hết hạn. Vui lòng chọn lại tệp để tải lên từ đầu.'],
  412: [412, 'Thiếu tiêu đề Tus-Resumable: hãy dùng giao thức tus 1.0.0.'],
  413: [413, 'Tệp quá lớn so với kích thước đã khai báo hoặc giới hạn cho phép.'],
  415: [415, 'Phần tệp gửi lên phải có Content-Type: application/offset+octet-stream.'],
  460: [460, 'Phần tệp gửi lên bị sai lệch (checksum không khớp).'],
  501: [400, 'Máy chủ không hỗ trợ kiểu tải lên này (tải song song hoặc khai kích thước sau).'],
}

/** A tus answer with its refusals put in the app's Vietnamese error envelope; successes pass untouched. */
async function inVietnamese(res: Response): Promise<Response> {
  if (res.status < 400) return res
  const text = await res.text()
  const headers = new Headers(res.headers)
  headers.delete('content-length')
  headers.set('content-type', 'application/json; charset=utf-8')
  if (text.startsWith('{')) return new Response(text, { status: res.status, headers })
  const [status, message] = PROTOCOL[res.status] ?? [res.status, 'Máy chủ chưa nhận được phần tệp này. Trình duyệt sẽ tự thử lại.']
  return errorResponse(status, message, { headers })
}

async function signedIn(request: Request): Promise<User | null> {
  try {
    const payload = await payloadClient()
    const { user } = await payload.auth({ headers: request.headers })
    return (user as User | null) ?? null
  } catch {
    return null
  }
}

const mayCreateEntries = (user: User) => !!cellFor('entries', 'create', actorOf(user))

export async function handleTus(request: Request, ctx: Ctx): Promise<Response> {
  const segments = (await ctx.params).path ?? []
  const method = request.method.toUpperCase()
  const { server, store } = tusServer()
  if (method === 'OPTIONS') return server.handleWeb(request)
  const [id, action, ...rest] = segments
  if (id !== undefined && (!UPLOAD_ID.test(id) || rest.length || (action !== undefined && action !== 'hoan-tat')))
    return errorResponse(404, NOT_FOUND)
  const allowed = id === undefined ? ['POST'] : action ? ['POST'] : ['HEAD', 'PATCH', 'DELETE']
  if (!allowed.includes(method))
    return errorResponse(405, 'Phương thức không được hỗ trợ ở địa chỉ này.', { headers: { Allow: allowed.join(', ') } })

  const user = await signedIn(request)
  if (!user) return errorResponse(401, SIGN_IN)
  if (id === undefined) {
    if (!mayCreateEntries(user)) return errorResponse(403, NOT_ALLOWED)
    setCreator(request, user.id)
    sweepExpired()
    return inVietnamese(await server.handleWeb(request))
  }
  if (action) return finishUpload(await payloadClient(), user, id, store)
  let owner: string | null | undefined
  try {
    owner = (await store.getUpload(id)).metadata?.owner
  } catch {
    return errorResponse(404, NOT_FOUND)
  }
  if (owner !== String(user.id)) return errorResponse(403, NOT_YOURS)
  return inVietnamese(await server.handleWeb(request))
}
