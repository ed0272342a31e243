import type { Media } from '../../payload-types'

export type ImageSize = 'thumbnail' | 'card' | 'hero'

/** A populated media document, or null when the relation is an id, missing, or not readable. */
export function asMedia(value: number | Media | null | undefined): Media | null {
  return value && typeof value === 'object' && typeof value.url === 'string' ? value : null
}

export interface ImageSource {
  src: string
  width?: number
  height?: number
  alt: string
}

/** The preferred generated size of an image, falling back to the original. */
export function imageSource(value: number | Media | null | undefined, size: ImageSize, fallbackAlt = ''): ImageSource | null {
  const media = asMedia(value)
  if (!media || !media.mimeType?.startsWith('image/')) return null
  const sized = media.sizes?.[size]
  const alt = media.alt?.trim() || fallbackAlt
  if (sized?.url) return { src: sized.url, width: sized.width ?? undefined, height: sized.height ?? undefined, alt }
  return { src: media.url as string, width: media.width ?? undefined, height: media.height ?? undefined, alt }
}
