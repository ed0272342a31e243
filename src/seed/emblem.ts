import type { Payload } from 'payload'
import sharp from 'sharp'
import { DEFAULT_EMBLEM_SVG } from '../lib/site/defaultEmblem'

/** The demo site's emblem (favicon and touch icons are drawn from it): a public PNG, set once. */
export async function seedEmblem(payload: Payload): Promise<void> {
  const settings = await payload.findGlobal({ slug: 'siteSettings', depth: 0 })
  if (settings.emblem) return
  const data = await sharp(Buffer.from(DEFAULT_EMBLEM_SVG)).png().toBuffer()
  const doc = await payload.create({
    collection: 'media',
    data: { alt: 'Biểu trưng Gương Sáng', visibility: 'public' },
    file: { data, mimetype: 'image/png', name: 'bieu-trung.png', size: data.length },
    overrideAccess: true,
    depth: 0,
  })
  await payload.updateGlobal({ slug: 'siteSettings', data: { emblem: doc.id }, overrideAccess: true, depth: 0 })
}
