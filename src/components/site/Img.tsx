import type { Media } from '../../payload-types'
import { imageSource, type ImageSize } from '../../lib/site/media'

/** A plain <img> of a media document at one of its generated sizes (nothing when the media is not a readable image). */
export function Img({
  media,
  size,
  alt,
  className,
  priority = false,
}: {
  media: number | Media | null | undefined
  size: 'thumbnail' | 'card' | 'hero'
  /** Used when the media document has no alt text of its own. */
  alt: string
  className?: string
  priority?: boolean
}) {
  const img = imageSource(media, size as ImageSize, alt)
  if (!img) return null
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={img.src}
      width={img.width}
      height={img.height}
      alt={img.alt}
      className={className}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
    />
  )
}
