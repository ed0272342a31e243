import { fileTypeFromBuffer } from 'file-type'
import { type CollectionBeforeOperationHook } from 'payload'
import { Refusal } from '@/lib/api/errors'
import { checkMedia } from '@/domain/media/allowedTypes'
import { PDF_TAIL_BYTES, pdfTailProblem } from '@/domain/media/pdfIntegrity'
import { storedFileName } from '@/domain/media/storedFileName'
import { TYPE_CHECK_BYTES, uploadBytes } from '@/lib/uploads/requestFile'

/** Judge an upload by its bytes, not its name or declared type; new uploads get a name no other upload can take. */
export const checkFileContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const head = await uploadBytes(file, 0, TYPE_CHECK_BYTES)
  const sniffed = await fileTypeFromBuffer(head)
  const verdict = checkMedia(sniffed?.mime, file.size)
  if (!verdict.ok) throw new Refusal(verdict.message, 400)
  if (verdict.mime === 'application/pdf') {
    const problem = pdfTailProblem(await uploadBytes(file, Math.max(0, file.size - PDF_TAIL_BYTES), PDF_TAIL_BYTES))
    if (problem) throw new Refusal(problem, 400)
  }
  file.mimetype = verdict.mime
  if (operation === 'create') file.name = storedFileName(file.name)
  return args
}
