import { FileStore } from '@tus/file-store'
import { Server } from '@tus/server'
import { resumableUploadProblem } from '../../domain/media/resumable'
import { TUS_EXPIRY_MS, TUS_PATH, tusDir, tusMaxBytes } from './tusSettings'

/** Upload ids as @tus/server names them (16 random bytes, hex); anything else is not an upload. */
export const UPLOAD_ID = /^[0-9a-f]{32}$/

/** The signed-in account of a create request, handed to onUploadCreate (which sees only the request). */
const creators = new WeakMap<object, string>()
export const setCreator = (request: Request, userId: string | number) => creators.set(request, String(userId))

/** A tus error answer in the app's error envelope. */
export const tusRefusal = (status: number, message: string) => ({ status_code: status, body: JSON.stringify({ errors: [{ message }] }) })

let current: { dir: string; server: Server; store: FileStore } | null = null
let lastSweep = 0

/** The tus server on the partial-upload folder (one per process; rebuilt if TUS_DIR changes, as tests do). */
export function tusServer(): { server: Server; store: FileStore } {
  const dir = tusDir()
  if (current?.dir === dir) return current
  const store = new FileStore({ directory: dir, expirationPeriodInMilliseconds: TUS_EXPIRY_MS })
  const server = new Server({
    path: TUS_PATH,
    datastore: store,
    relativeLocation: true,
    // the id is the path segment after TUS_PATH, read from the pathname (the default also takes the query string)
    getFileIdFromRequest: (req) => new URL(req.url).pathname.slice(TUS_PATH.length + 1).split('/')[0] || undefined,
    onUploadCreate: async (req, upload) => {
      const owner = creators.get(req)
      if (!owner) throw tusRefusal(401, 'Bạn cần đăng nhập để tải tệp lên.')
      const problem = resumableUploadProblem({
        filetype: upload.metadata?.filetype,
        filename: upload.metadata?.filename,
        size: upload.size ?? null,
        maxBytes: tusMaxBytes(),
      })
      if (problem) throw tusRefusal(problem.status, problem.message)
      return { metadata: { ...upload.metadata, owner } }
    },
  })
  current = { dir, server, store }
  return current
}

/** Removes expired unfinished uploads, at most once an hour per process, without holding up the request. */
export function sweepExpired(): void {
  if (Date.now() - lastSweep < 60 * 60 * 1000) return
  lastSweep = Date.now()
  tusServer()
    .server.cleanUpExpiredUploads()
    .catch(() => undefined)
}
