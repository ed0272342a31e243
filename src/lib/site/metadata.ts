import type { Metadata } from 'next'
import type { ImageSource } from './media'
import { siteUrl } from './paths'

type OpenGraph = NonNullable<Metadata['openGraph']>

/**
 * The metadata of one public document's page: its title and description, its canonical path, and the same as an
 * Open Graph card (in Vietnamese, with the picture when there is one). `alternates` and `openGraph` add to or
 * override those.
 */
export function pageMetadata(page: {
  title: string
  description?: string
  path: string
  type?: 'website' | 'article' | 'profile'
  image?: ImageSource | null
  alternates?: Omit<NonNullable<Metadata['alternates']>, 'canonical'>
  openGraph?: Partial<OpenGraph>
}): Metadata {
  const { title, description, path, type = 'website', image } = page
  const openGraph = {
    type,
    title,
    description,
    url: siteUrl(path),
    locale: 'vi_VN',
    images: image ? [{ url: image.src, width: image.width, height: image.height, alt: image.alt }] : undefined,
    ...page.openGraph,
  } as OpenGraph
  return { title, description, alternates: { canonical: path, ...page.alternates }, openGraph }
}
