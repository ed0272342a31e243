import { fileTypeFromBuffer } from 'file-type'
import { addDataAndFileToRequest, commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'
import { errorResponse, Refusal } from '@/lib/api/errors'
import { checkFormToken, FORM_TOKEN_MESSAGES } from '@/domain/nominations/formToken'
import { validateSubmission } from '@/domain/nominations/validateSubmission'
import { isValidOn, vnDay } from '@/domain/units/validity'
import { readJsonBody } from '@/lib/http'
import { removingUploadTempFile, TYPE_CHECK_BYTES, uploadBytes } from '@/lib/uploads/requestFile'
import { clientAddress, takeSubmissionPoint } from './rateLimit'

export const SUBMITTED_MESSAGE = 'Cảm ơn bạn đã giới thiệu người tốt, việc tốt. Ban biên tập sẽ xem xét và báo kết quả qua thư điện tử.'

/** JSON, or multipart/form-data when a photo is attached (the fields as JSON in `_payload`, the photo in `file`). */
async function readBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  if ((req.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    try {
      await addDataAndFileToRequest(req)
    } catch {
      throw new Refusal('Không đọc được dữ liệu gửi lên (ảnh có thể quá lớn). Vui lòng thử lại với ảnh nhỏ hơn.', 400)
    }
    return { ...(req.data ?? {}) }
  }
  return readJsonBody(req)
}

/**
 * POST /api/nominations/submit — the only way a nomination is created. Checks, in order: the per-address rate limit
 * (429), the honeypot (answered like a success, nothing saved), the signed form timestamp, the fields (400 with
 * Vietnamese messages per field), an optional photo (images only, kept private). Then one record, status `new`.
 */
export const submitNomination: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: removingUploadTempFile(async (req) => {
    const limited = await takeSubmissionPoint(clientAddress(req.headers))
    if (!limited.ok) {
      const minutes = Math.ceil(limited.retryAfter / 60)
      return errorResponse(429, `Bạn đã gửi quá nhiều lần giới thiệu. Vui lòng thử lại sau khoảng ${minutes} phút.`, {
        headers: { 'Retry-After': String(limited.retryAfter) },
      })
    }
    const body = await readBody(req)
    const checked = validateSubmission(body)
    // bots that fill the hidden field get the same answer as people, so they learn nothing; nothing is stored
    if (!checked.ok && checked.spam) return Response.json({ message: 'Đã nhận.' }, { status: 202 })

    const token = checkFormToken(body.formToken, req.payload.secret)
    if (!token.ok) return errorResponse(400, FORM_TOKEN_MESSAGES[token.reason])
    if (!checked.ok) return errorResponse(400, 'Vui lòng kiểm tra lại các thông tin được đánh dấu.', { fields: checked.errors })

    const data = checked.data
    if (data.unit != null) {
      const unit = await req.payload.findByID({ collection: 'units', id: data.unit, depth: 0, req, disableErrors: true })
      if (!unit || !isValidOn(unit, vnDay(new Date())))
        return errorResponse(400, 'Đơn vị được chọn không tồn tại hoặc đã hết hiệu lực.', { fields: { unit: 'Đơn vị không hợp lệ.' } })
    }

    const file = req.file
    if (file) {
      const sniffed = await fileTypeFromBuffer(await uploadBytes(file, 0, TYPE_CHECK_BYTES))
      if (!sniffed?.mime.startsWith('image/'))
        return errorResponse(400, 'Ảnh đính kèm phải là tệp ảnh (JPG, PNG hoặc WebP).', { fields: { photo: 'Tệp không phải là ảnh.' } })
    }

    // the photo and the record together, or neither
    const shouldCommit = await initTransaction(req)
    let id: number
    try {
      let photo: number | undefined
      if (file) {
        const media = await req.payload.create({
          collection: 'media',
          data: { alt: `Ảnh ${data.nomineeName}`, visibility: 'private' },
          file,
          depth: 0,
          req,
          overrideAccess: true,
        })
        photo = media.id
      }
      const doc = await req.payload.create({
        collection: 'nominations',
        data: { ...data, unit: data.unit ?? undefined, nominatorPhone: data.nominatorPhone ?? undefined, photo, status: 'new' },
        depth: 0,
        req,
        overrideAccess: true,
      })
      id = doc.id
      if (shouldCommit) await commitTransaction(req)
    } catch (err) {
      if (shouldCommit) await killTransaction(req)
      throw err
    }
    return Response.json({ id, message: SUBMITTED_MESSAGE }, { status: 201 })
  }),
}
