import fs from 'node:fs/promises'
import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { checkMedia } from '../../../domain/media/allowedTypes'

/** Judge an upload by its bytes, not its name or declared type. */
export const checkFileContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const head = file.data?.length ? file.data.subarray(0, 4100) : file.tempFilePath ? await readHead(file.tempFilePath) : Buffer.alloc(0)
  const sniffed = await fileTypeFromBuffer(head)
  const verdict = checkMedia(sniffed?.mime, file.size)
  if (!verdict.ok) throw new APIError(verdict.message, 400, undefined, true)
  file.mimetype = verdict.mime
  return args
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await fs.open(path, 'r')
  try {
    const buf = Buffer.alloc(4100)
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0)
    return buf.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}
