import type { Payload, PayloadRequest } from 'payload'
import { pdfAction, type PdfAction } from '@/domain/publication/pdfAction'
import type { Media, Publication } from '@/payload-types'
import { loadPublicationInput, type PublicationInput } from './publicationInput'

export interface PublicationPdfState {
  action: PdfAction | 'empty'
  input: PublicationInput
  doc: Publication | null
  /** the ready PDF's URL when action is 'serve' */
  url?: string | null
}

export async function findPublication(payload: Payload, year: number, req?: PayloadRequest): Promise<Publication | null> {
  const res = await payload.find({
    collection: 'publications',
    where: { year: { equals: year } },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    req,
  })
  return (res.docs[0] as Publication | undefined) ?? null
}

/**
 * Compares the year's book with its cached PDF and, when they differ, marks the publication queued and queues the
 * `buildPublicationPdf` task (the page and the staff endpoint both call this; building twice is harmless).
 */
export async function ensurePublicationPdf(
  payload: Payload,
  year: number,
  opts: { req?: PayloadRequest; force?: boolean } = {},
): Promise<PublicationPdfState> {
  const { req, force = false } = opts
  const input = await loadPublicationInput(payload, year, req)
  const doc = await findPublication(payload, year, req)
  if (!input.chapters.length) return { action: 'empty', input, doc }
  const file = doc?.file && typeof doc.file === 'object' ? (doc.file as Media) : null
  const action = pdfAction(
    doc && { status: doc.status, hash: doc.hash, targetHash: doc.targetHash, hasFile: !!doc.file, updatedAt: doc.updatedAt },
    input.hash,
    new Date(),
    force,
  )
  if (action === 'serve') return { action, input, doc, url: file?.url ?? null }
  if (action !== 'queue') return { action, input, doc }

  const data = { year, title: input.title, status: 'queued' as const, progress: 0, targetHash: input.hash, message: '' }
  const saved = doc
    ? await payload.update({ collection: 'publications', id: doc.id, data, overrideAccess: true, depth: 0, req })
    : await payload.create({ collection: 'publications', data, overrideAccess: true, depth: 0, req })
  await payload.jobs.queue({ task: 'buildPublicationPdf', input: { year }, req } as never)
  return { action: 'queue', input, doc: saved as Publication }
}
