import type { Payload, TaskConfig } from 'payload'
import { findPublication } from '@/server/publications/ensurePublication'
import { loadPublicationInput } from '@/server/publications/publicationInput'
import { renderPublicationPdf } from '@/server/publications/renderPublicationPdf'

async function report(payload: Payload, id: number, data: Record<string, unknown>) {
  await payload.update({ collection: 'publications', id, data, overrideAccess: true, depth: 0 })
}

/**
 * Builds the year's electronic book as a PDF from the current data, stores it in the media library (public) and
 * records the hash of the inputs it was built from; the previous file is removed once the new one is in place.
 */
export const buildPublicationPdfTask: TaskConfig<{ input: { year: number }; output: object }> = {
  slug: 'buildPublicationPdf',
  label: 'Tạo bản PDF ấn phẩm điển hình tiên tiến',
  inputSchema: [{ name: 'year', type: 'number', required: true }],
  retries: 1,
  handler: async ({ input, req }) => {
    const { payload } = req
    const year = Number(input.year)
    let pub = await findPublication(payload, year)
    pub ??= (await payload.create({
      collection: 'publications',
      data: { year, status: 'queued', progress: 0 },
      overrideAccess: true,
      depth: 0,
    })) as never
    const id = pub!.id
    const previousFile = pub!.file && typeof pub!.file === 'object' ? pub!.file.id : (pub!.file ?? null)
    try {
      await report(payload, id, { status: 'building', progress: 5, message: '' })
      const data = await loadPublicationInput(payload, year)
      await report(payload, id, { progress: 15, title: data.title, targetHash: data.hash })
      const settings = await payload.findGlobal({ slug: 'siteSettings', depth: 0, locale: 'vi' })
      const builtAt = new Date()
      const pdf = await renderPublicationPdf(data, {
        publisher: settings.publisher,
        builtAt,
        onProgress: (percent) => report(payload, id, { progress: 15 + Math.round(percent * 0.75) }),
      })
      const file = await payload.create({
        collection: 'media',
        data: { visibility: 'public', alt: data.title },
        file: {
          data: pdf,
          name: `dien-hinh-tien-tien-${year}-${data.hash.slice(0, 8)}.pdf`,
          mimetype: 'application/pdf',
          size: pdf.length,
        },
        overrideAccess: true,
        depth: 0,
      })
      await report(payload, id, {
        status: 'ready',
        progress: 100,
        file: file.id,
        hash: data.hash,
        builtAt: builtAt.toISOString(),
        message: '',
      })
      if (previousFile != null && previousFile !== file.id)
        await payload.delete({ collection: 'media', id: previousFile, overrideAccess: true }).catch(() => undefined)
    } catch (err) {
      await report(payload, id, { status: 'failed', message: err instanceof Error ? err.message.slice(0, 500) : String(err) })
      throw err
    }
    return { output: {} }
  },
}
