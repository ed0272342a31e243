import { randomBytes } from 'node:crypto'
import { slugify } from '../text/slugify'

/**
 * The name an upload is stored under: the original name as a Vietnamese-free slug, plus a random suffix. Payload
 * numbers clashing names (`bai-du-thi-1.pdf`) by looking at what is stored, which two uploads at the same moment
 * both pass and then collide on the unique filename; a random suffix never collides, whatever the timing.
 */
export function storedFileName(original: string, suffix: string = randomBytes(4).toString('hex')): string {
  const dot = original.lastIndexOf('.')
  const ext =
    dot > 0
      ? original
          .slice(dot + 1)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '')
          .slice(0, 8)
      : ''
  const base = slugify(dot > 0 ? original.slice(0, dot) : original, 60) || 'tep'
  return `${base}-${suffix}${ext ? `.${ext}` : ''}`
}
