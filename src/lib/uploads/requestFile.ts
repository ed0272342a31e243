import fs from 'node:fs/promises'
import type { Endpoint, PayloadRequest } from 'payload'

type RequestFile = NonNullable<PayloadRequest['file']>

/** How much of a file's start a type check reads (file-type's own need). */
export const TYPE_CHECK_BYTES = 4100

/** `length` bytes from `position` of a multipart upload, kept in memory or in a temporary file (useTempFiles). */
export async function uploadBytes(file: RequestFile, position: number, length: number): Promise<Buffer> {
  if (file.data?.length) return file.data.subarray(position, position + length)
  if (!file.tempFilePath) return Buffer.alloc(0)
  const handle = await fs.open(file.tempFilePath, 'r')
  try {
    const buf = Buffer.alloc(length)
    const { bytesRead } = await handle.read(buf, 0, length, position)
    return buf.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** The whole upload (for small files read at once, such as a spreadsheet). */
export async function wholeUpload(file: RequestFile): Promise<Buffer> {
  if (file.data?.length) return file.data
  return file.tempFilePath ? fs.readFile(file.tempFilePath) : Buffer.alloc(0)
}

/**
 * A custom endpoint that reads a multipart body removes the request's temporary files when it answers, whatever the
 * answer: Payload removes only `req.file`, only at the end of a collection operation, so a refusal before one, an
 * endpoint that never makes one, or a file sent under another field name would stay on disk until the process exits.
 */
export function removingUploadTempFile(handler: Endpoint['handler']): Endpoint['handler'] {
  return async (req) => {
    try {
      return await handler(req)
    } finally {
      await Promise.all(tempFilesOf(req).map((file) => fs.rm(file, { force: true })))
    }
  }
}

function tempFilesOf(req: PayloadRequest): string[] {
  const sent = Object.values((req.files ?? {}) as Record<string, RequestFile | RequestFile[]>).flat()
  return [...new Set([req.file, ...sent].map((file) => file?.tempFilePath).filter((p): p is string => Boolean(p)))]
}
