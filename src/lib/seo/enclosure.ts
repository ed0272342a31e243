import type { Media } from '../../payload-types'
import { absoluteUrl } from './urls'

type MediaRef = number | Media | null | undefined

export interface ArticleMedia {
  format?: 'text' | 'audio' | 'video' | null
  audio?: MediaRef
  video?: MediaRef
  coverImage?: MediaRef
}

export interface Enclosure {
  url: string
  /** bytes (RSS 2.0 requires it) */
  length: number
  type: string
}

const usable = (m: MediaRef): Media | null => (m && typeof m === 'object' && m.url && m.mimeType ? m : null)

/**
 * The one file RSS 2.0 allows per item: a broadcast piece carries its recording (audio first for the radio format,
 * video first for the TV format), so podcast apps can play it; a text piece carries its cover image.
 */
export function articleEnclosure(a: ArticleMedia): Enclosure | null {
  const audio = usable(a.audio)
  const video = usable(a.video)
  const file = (a.format === 'video' ? (video ?? audio) : (audio ?? video)) ?? usable(a.coverImage)
  return file ? { url: absoluteUrl(file.url!), length: Math.max(0, Math.round(Number(file.filesize) || 0)), type: file.mimeType! } : null
}
