import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeValidateHook } from 'payload'
import { badRequest } from '@/lib/api/errors'
import { refId } from '@/lib/ids'

/** A category of another contest would send to nobody (or to the wrong people): refused with the field named. */
export const sameContest: CollectionBeforeValidateHook = async ({ data, req, operation }) => {
  if (operation !== 'create' || !data?.category) return data
  const category = await req.payload.findByID({
    collection: 'contestCategories',
    id: Number(refId(data.category)),
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!category || String(refId(category.contest)) !== String(refId(data.contest)))
    throw badRequest('Thể loại đã chọn không thuộc cuộc thi này.', 'category')
  return data
}

/** The server fills the delivery fields: a new mailing waits for the queue, counted from zero, signed by its author. */
export const prepareMailing: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  return { ...data, status: 'queued', recipients: 0, delivered: 0, deliveredTo: [], sentBy: req.user?.id ?? null }
}

/** Sending is work for the jobs queue (after commit), never for the request that wrote the mail. */
export const queueMailing: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') await req.payload.jobs.queue({ task: 'sendContestMailing', input: { mailingId: doc.id }, req })
  return doc
}
