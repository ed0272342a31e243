import fs from 'node:fs/promises'
import path from 'node:path'
import type { FileStore } from '@tus/file-store'
import type { Payload } from 'payload'
import { declaredMime } from '../../domain/media/resumable'
import type { User } from '../../payload-types'
import { errorResponse } from '../api/errors'
import { withReceivedAt } from '../api/receivedAt'

export const NOT_FOUND = 'Không tìm thấy phiên tải lên này (có thể đã hoàn tất hoặc đã hết hạn). Vui lòng chọn lại tệp để tải lên.'
export const NOT_YOURS = 'Phiên tải lên này thuộc tài khoản khác.'

const statusOf = (error: unknown) => Number((error as { status?: unknown })?.status) || 500

/**
 * Turns a finished resumable upload into a private media document of its owner: the media collection's own checks
 * judge the bytes (checkFileContent), Payload copies the file from disk, then the partial upload is removed. A
 * refused file is removed too (sending it again cannot help); after a server failure it stays for another try.
 */
export async function finishUpload(payload: Payload, user: User, id: string, store: FileStore): Promise<Response> {
  let upload: Awaited<ReturnType<FileStore['getUpload']>>
  try {
    upload = await store.getUpload(id)
  } catch {
    return errorResponse(404, NOT_FOUND)
  }
  if (upload.metadata?.owner !== String(user.id)) return errorResponse(403, NOT_YOURS)
  const size = upload.size ?? 0
  if (upload.size == null || upload.offset < size) {
    const percent = size ? Math.floor((upload.offset / size) * 100) : 0
    return errorResponse(409, `Tệp chưa tải lên xong (${percent} %). Vui lòng tiếp tục tải lên rồi hoàn tất.`)
  }
  const source = path.join(store.directory, id)
  const claimed = `${source}.hoan-tat`
  // the rename is atomic: of two completions of one upload (a retried request, two processes) only one proceeds
  try {
    await fs.rename(source, claimed)
  } catch {
    return errorResponse(409, 'Tệp này đang được hoàn tất trong một yêu cầu khác. Vui lòng chờ giây lát.')
  }
  const name = upload.metadata?.filename?.trim() || `tep-${id}`
  const mimetype = declaredMime(upload.metadata?.filetype, name) ?? 'application/octet-stream'
  const { mtime } = await fs.stat(claimed)
  try {
    const doc = await withReceivedAt(
      () =>
        payload.create({
          collection: 'media',
          data: { visibility: 'private', alt: name },
          file: { name, data: Buffer.alloc(0), mimetype, size, tempFilePath: claimed },
          user,
          overrideAccess: false,
          depth: 0,
        }),
      mtime,
    )
    await discard(store, id, claimed)
    return Response.json(
      { doc: { id: doc.id, filename: doc.filename, mimeType: doc.mimeType, filesize: doc.filesize }, message: 'Đã tải tệp lên.' },
      { status: 201 },
    )
  } catch (error) {
    const status = statusOf(error)
    if (status >= 400 && status < 500) {
      await discard(store, id, claimed)
      const own = (error as { name?: string }).name === 'Refusal'
      return errorResponse(
        status,
        own ? (error as Error).message : 'Tệp không đọc được hoặc bị hỏng. Vui lòng kiểm tra tệp rồi tải lên lại.',
      )
    }
    await fs.rename(claimed, source).catch(() => undefined)
    payload.logger.error({ err: error, upload: id }, 'resumable upload: media not created')
    return errorResponse(503, 'Chưa lưu được tệp vào kho. Phần đã tải lên vẫn được giữ; vui lòng thử hoàn tất lại sau ít phút.')
  }
}

async function discard(store: FileStore, id: string, file: string): Promise<void> {
  await fs.rm(file, { force: true })
  await store.configstore.delete(id).catch(() => undefined)
}
