/**
 * Contest recordings and large documents go to /api/uploads/tus in 8 MB pieces (tus protocol): a dropped
 * connection is retried, and after a reload choosing the same file again goes on from what the server already has
 * (the upload's address is kept in localStorage under the file's fingerprint).
 */
import type { DetailedError, PreviousUpload } from 'tus-js-client'
import { RESUMABLE_CHUNK_BYTES } from '@/domain/media/resumable'
import { postJson } from '@/lib/client/api'
import type { UploadedFile, UploadOutcome } from './uploadFile'

export const TUS_ENDPOINT = '/api/uploads/tus'
const RETRY_DELAYS = [0, 1000, 3000, 5000, 10_000, 20_000]

/** An upload left unfinished in this browser, waiting for its file to be chosen again. */
export interface PausedUpload {
  key: string
  name: string
  size: number
  url: string
  percent: number
}

// loaded when needed: the library reads localStorage as it loads, which the server render does not have
const tusClient = () => import('tus-js-client')

// one account's uploads are never offered to another signed in on the same browser
const ownPrefix = (userId: number | string) => `gs-${userId}-`
const fingerprintOf = (file: File, userId: number | string) =>
  `${ownPrefix(userId)}${[file.name, file.type, file.size, file.lastModified].join('-')}`

const percentOf = (done: number, total: number) => (total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0)

/** The Vietnamese message of a refused or failed piece: the server's own, or a connection problem. */
function messageOf(error: Error | DetailedError): string {
  const res = 'originalResponse' in error ? error.originalResponse : null
  if (res && res.getStatus()) {
    try {
      const message = JSON.parse(res.getBody())?.errors?.[0]?.message
      if (typeof message === 'string' && message) return message
    } catch {
      // not the app's envelope
    }
    return `máy chủ trả lời mã ${res.getStatus()}.`
  }
  return 'mất kết nối tới máy chủ. Phần đã tải lên vẫn được giữ: chọn lại đúng tệp này để tải tiếp.'
}

/** This account's unfinished uploads in this browser, with how much of each the server holds; gone ones are forgotten. */
export async function pausedUploads(userId: number | string): Promise<PausedUpload[]> {
  const { defaultOptions } = await tusClient()
  const storage = defaultOptions.urlStorage
  const mine = (await storage.findAllUploads()).filter((u) => u.urlStorageKey.startsWith(`tus::${ownPrefix(userId)}`) && u.uploadUrl)
  const out: PausedUpload[] = []
  for (const u of mine) {
    const res = await fetch(u.uploadUrl!, {
      method: 'HEAD',
      headers: { 'Tus-Resumable': '1.0.0' },
      credentials: 'include',
      cache: 'no-store',
    }).catch(() => null)
    if (res && [403, 404, 410].includes(res.status)) {
      await storage.removeUpload(u.urlStorageKey)
      continue
    }
    const size = u.size ?? 0
    out.push({
      key: u.urlStorageKey,
      name: u.metadata?.filename || 'tệp',
      size,
      url: u.uploadUrl!,
      percent: percentOf(Number(res?.headers.get('upload-offset') ?? 0), size),
    })
  }
  return out
}

/** Gives up a paused upload: the server drops its pieces and this browser its address. */
export async function forgetPaused(paused: PausedUpload): Promise<void> {
  const { Upload, defaultOptions } = await tusClient()
  await Upload.terminate(paused.url).catch(() => undefined)
  await defaultOptions.urlStorage.removeUpload(paused.key)
}

/** Turns the finished upload into the entry's file; retried a few times when the connection or the server fails. */
async function finish(url: string, name: string): Promise<UploadOutcome> {
  for (let attempt = 0; ; attempt++) {
    const res = await postJson<{ doc: UploadedFile }>(`${url}/hoan-tat`, undefined, { fallback: `Không hoàn tất được tệp "${name}".` })
    if (res.ok) return { ok: true, file: res.data.doc }
    if ((res.status && res.status < 500) || attempt >= 3)
      return { ok: false, message: `Không tải được tệp "${name}": ${res.error.message}` }
    await new Promise((r) => setTimeout(r, 2000 * (attempt + 1)))
  }
}

/**
 * Uploads one file in resumable pieces and turns it into a private media document. `resumed` is called when an
 * earlier, unfinished upload of the same file is picked up instead of starting over.
 */
export async function uploadResumable(
  file: File,
  userId: number | string,
  on: { progress: (percent: number) => void; resumed: () => void },
): Promise<UploadOutcome> {
  const { Upload } = await tusClient()
  return new Promise((resolve) => {
    const upload = new Upload(file, {
      endpoint: TUS_ENDPOINT,
      chunkSize: RESUMABLE_CHUNK_BYTES,
      retryDelays: RETRY_DELAYS,
      metadata: { filename: file.name, filetype: file.type },
      fingerprint: (f) => Promise.resolve(fingerprintOf(f, userId)),
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onProgress: (sent, total) => on.progress(percentOf(sent, total)),
      onError: (error) => resolve({ ok: false, message: `Không tải được tệp "${file.name}": ${messageOf(error)}` }),
      onSuccess: () => {
        on.progress(100)
        void finish(upload.url!, file.name).then(resolve)
      },
    })
    void upload.findPreviousUploads().then((previous: PreviousUpload[]) => {
      if (previous.length) {
        upload.resumeFromPreviousUpload(previous[0])
        on.resumed()
      }
      upload.start()
    })
  })
}
