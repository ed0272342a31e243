import { APIError, commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'
import { isOrganizer } from '@/access/user'
import { canAccept, NOMINATION_STATUS_LABELS, type NominationStatus } from '@/domain/nominations/status'
import { isValidOn, vnDay } from '@/domain/units/validity'
import { errorResponse } from '@/lib/api/errors'
import { writeAudit } from '@/lib/audit'
import { readJsonBody } from '@/lib/http'
import { EXEMPLAR_KIND_LABELS } from '@/domain/exemplars/labels'

/**
 * POST /api/nominations/:id/accept { unit, kind, fields? } — an organizer takes a public nomination up: in one
 * transaction a `newFactor` exemplar is created from it (name, story, place, photo), the nomination is linked to it
 * and marked accepted, the change is audited and the thank-you mail to the nominator is queued (sent after commit).
 */
export const acceptNomination: Endpoint = {
  path: '/:id/accept',
  method: 'post',
  handler: async (req) => {
    if (!isOrganizer(req.user))
      return errorResponse(403, 'Chỉ Sở Nội vụ (ban tổ chức) được tiếp nhận lời giới thiệu thành hồ sơ điển hình.')
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id < 1) return errorResponse(400, 'Mã lời giới thiệu không hợp lệ.')
    const body = await readJsonBody(req)

    const unitId = Number(body.unit)
    if (!Number.isInteger(unitId) || unitId < 1) return errorResponse(400, 'Vui lòng chọn đơn vị ghi nhận nhân tố mới.')
    const kind = typeof body.kind === 'string' ? body.kind : ''
    if (!(kind in EXEMPLAR_KIND_LABELS)) return errorResponse(400, 'Vui lòng chọn loại: cá nhân, tập thể hoặc hộ gia đình.')
    const fieldIds = Array.isArray(body.fields) ? body.fields.map(Number) : []
    if (fieldIds.some((f) => !Number.isInteger(f) || f < 1)) return errorResponse(400, 'Danh sách lĩnh vực không hợp lệ.')

    const nomination = await req.payload.findByID({ collection: 'nominations', id, depth: 0, req, disableErrors: true })
    if (!nomination) return errorResponse(404, 'Không tìm thấy lời giới thiệu.')
    if (!canAccept(nomination.status))
      return errorResponse(
        409,
        `Lời giới thiệu này đã được xử lý (${NOMINATION_STATUS_LABELS[nomination.status as NominationStatus]?.vi ?? nomination.status}).`,
      )
    const today = vnDay(new Date())
    const unit = await req.payload.findByID({ collection: 'units', id: unitId, depth: 0, req, disableErrors: true })
    if (!unit) return errorResponse(400, 'Không tìm thấy đơn vị được chọn.')
    if (!isValidOn(unit, today)) return errorResponse(400, `Đơn vị "${unit.name}" đã hết hiệu lực; hãy chọn đơn vị kế thừa.`)
    if (fieldIds.length) {
      const found = await req.payload.find({
        collection: 'fields',
        where: { id: { in: fieldIds } },
        depth: 0,
        limit: 0,
        pagination: false,
        req,
      })
      if (found.docs.length !== new Set(fieldIds).size) return errorResponse(400, 'Có lĩnh vực không tồn tại.')
    }

    const shouldCommit = await initTransaction(req)
    try {
      const exemplar = await req.payload.create({
        collection: 'exemplars',
        data: {
          name: nomination.nomineeName,
          kind: kind as keyof typeof EXEMPLAR_KIND_LABELS,
          status: 'newFactor',
          unit: unitId,
          fields: fieldIds,
          discoveredOn: today,
          summary: nomination.achievement,
          locality: nomination.place,
          photo: typeof nomination.photo === 'object' ? nomination.photo?.id : (nomination.photo ?? undefined),
          sources: [{ title: `Lời giới thiệu của bạn đọc ${nomination.nominatorName} (số ${id})` }],
        },
        depth: 0,
        req,
      })
      await req.payload.update({
        collection: 'nominations',
        id,
        data: { status: 'accepted', exemplar: exemplar.id, unit: unitId },
        depth: 0,
        req,
      })
      await writeAudit(req, {
        action: 'nomination.accepted',
        collection: 'nominations',
        docId: id,
        before: { status: nomination.status },
        after: { status: 'accepted', exemplar: exemplar.id, unit: unitId },
      })
      await req.payload.jobs.queue({ task: 'sendNominationAcceptedMail', input: { nominationId: id }, req })
      if (shouldCommit) await commitTransaction(req)
      return Response.json(
        {
          exemplar: { id: exemplar.id, name: exemplar.name, slug: exemplar.slug },
          message: `Đã tạo hồ sơ nhân tố mới "${exemplar.name}".`,
        },
        { status: 201 },
      )
    } catch (err) {
      if (shouldCommit) await killTransaction(req)
      if (err instanceof APIError) throw err
      const message = err instanceof Error ? err.message : String(err)
      return errorResponse(400, `Không thể tiếp nhận lời giới thiệu: ${message}`)
    }
  },
}
