import fs from 'node:fs/promises'
import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { checkMedia } from '../../../domain/media/allowedTypes'
import { PDF_TAIL_BYTES, pdfTailProblem } from '../../../domain/media/pdfIntegrity'
import { storedFileName } from '../../../domain/media/storedFileName'

/** Judge an upload by its bytes, not its name or declared type; new uploads get a name no other upload can take. */
export const checkFileContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const head = file.data?.length ? file.data.subarray(0, 4100) : file.tempFilePath ? await readPart(file.tempFilePath, 0, 4100) : Buffer.alloc(0)
  const sniffed = await fileTypeFromBuffer(head)
  const verdict = checkMedia(sniffed?.mime, file.size)
  if (!verdict.ok) throw new APIError(verdict.message, 400, undefined, true)
  if (verdict.mime === 'application/pdf') {
    const tail = file.data?.length ? file.data.subarray(-PDF_TAIL_BYTES) : file.tempFilePath ? await readPart(file.tempFilePath, Math.max(0, file.size - PDF_TAIL_BYTES), PDF_TAIL_BYTES) : Buffer.alloc(0)
    const problem = pdfTailProblem(tail)
    if (problem) throw new APIError(problem, 400, undefined, true)
  }
  file.mimetype = verdict.mime
  if (operation === 'create') file.name = storedFileName(file.name)
  return args
}

async function readPart(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await fs.open(path, 'r')
  try {
    const buf = Buffer.alloc(length)
    const { bytesRead } = await handle.read(buf, 0, length, position)
    return buf.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}
