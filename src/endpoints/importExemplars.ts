import { addDataAndFileToRequest, type Endpoint } from 'payload'
import { hasRole } from '../access/user'
import { errorResponse } from '../lib/api/errors'
import { removingUploadTempFile, wholeUpload } from '../lib/uploads/requestFile'
import { importExemplars as importSheet } from '../server/register/importExemplars'

/**
 * POST /api/exemplars/import (multipart, field `file`): creates exemplars from an XLSX or CSV sheet (see
 * importExemplars in src/server/register). Answers 201 `{ created }` or 400 `{ errors: [{ row, message }] }`.
 */
export const importExemplars: Endpoint = {
  path: '/import',
  method: 'post',
  handler: removingUploadTempFile(async (req) => {
    if (!hasRole(req.user, 'admin', 'organizer', 'unitOfficer'))
      return errorResponse(req.user ? 403 : 401, 'Chỉ Sở Nội vụ và cán bộ đơn vị được nhập danh sách điển hình.')
    if (!req.headers.get('content-type')?.toLowerCase().startsWith('multipart/form-data'))
      return errorResponse(400, 'Cần gửi tệp XLSX hoặc CSV trong trường “file” (multipart/form-data).')
    await addDataAndFileToRequest(req)
    const file = req.file
    if (!file) return errorResponse(400, 'Cần gửi tệp XLSX hoặc CSV trong trường “file”.')
    const bytes = await wholeUpload(file)
    if (!bytes.length) return errorResponse(400, 'Tệp tải lên rỗng.')
    const result = await importSheet(req, { bytes, fileName: file.name ?? null })
    return result.ok
      ? Response.json({ created: result.created }, { status: 201 })
      : Response.json({ errors: result.errors }, { status: 400 })
  }),
}
