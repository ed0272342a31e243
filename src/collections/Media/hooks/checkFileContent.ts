import fs from 'node:fs/promises'
import { fileTypeFromBuffer } from 'file-type'
import { type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { Refusal } from '@/lib/api/errors'
import { checkMedia } from '@/domain/media/allowedTypes'
import { PDF_TAIL_BYTES, pdfTailProblem } from '@/domain/media/pdfIntegrity'
import { storedFileName } from '@/domain/media/storedFileName'

/** Judge an upload by its bytes, not its name or declared type; new uploads get a name no other upload can take. */
export const checkFileContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const head = await bytesOf(file, 0, 4100)
  const sniffed = await fileTypeFromBuffer(head)
  const verdict = checkMedia(sniffed?.mime, file.size)
  if (!verdict.ok) throw new Refusal(verdict.message, 400)
  if (verdict.mime === 'application/pdf') {
    const problem = pdfTailProblem(await bytesOf(file, Math.max(0, file.size - PDF_TAIL_BYTES), PDF_TAIL_BYTES))
    if (problem) throw new Refusal(problem, 400)
  }
  file.mimetype = verdict.mime
  if (operation === 'create') file.name = storedFileName(file.name)
  return args
}

/** `length` bytes from `position` of an upload, kept in memory or in a temporary file. */
async function bytesOf(file: NonNullable<PayloadRequest['file']>, position: number, length: number): Promise<Buffer> {
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
