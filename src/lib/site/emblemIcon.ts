import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { configuredStore } from '@/lib/backup/fileStore'
import { payloadClient } from '@/lib/payload'
import { DEFAULT_EMBLEM_SVG } from './defaultEmblem'

/** The emblem's stored file, when the site settings name a public image; null otherwise (or when it is missing). */
async function emblemFile(): Promise<Buffer | null> {
  const payload = await payloadClient()
  const settings = await payload.findGlobal({ slug: 'siteSettings', depth: 0 })
  const id = typeof settings.emblem === 'object' ? settings.emblem?.id : settings.emblem
  if (!id) return null
  // read as a visitor: a private file never becomes the site's icon
  const media = await payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: false, disableErrors: true })
  if (!media?.filename || !media.mimeType?.startsWith('image/')) return null
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'gs-emblem-'))
  try {
    const to = path.join(dir, 'emblem')
    await configuredStore().download(media.filename, to)
    return await fsp.readFile(to)
  } catch {
    return null
  } finally {
    await fsp.rm(dir, { recursive: true, force: true })
  }
}

/** A square PNG of the emblem (favicon, touch icon), on a transparent background; the default mark without one. */
export async function emblemIcon(size: number): Promise<Buffer> {
  const source = (await emblemFile()) ?? Buffer.from(DEFAULT_EMBLEM_SVG)
  const resize = (input: Buffer) =>
    sharp(input)
      .resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png()
      .toBuffer()
  return resize(source).catch(() => resize(Buffer.from(DEFAULT_EMBLEM_SVG)))
}

export const pngResponse = (png: Buffer) => new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } })
