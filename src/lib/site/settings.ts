import { cache } from 'react'
import { payloadClient } from '../payload'

export interface SiteBranding {
  siteName: string
  tagline?: string | null
  provinceName?: string | null
  publisher?: string | null
  footer?: string | null
}

/** Branding from the admin-edited global, once per request. */
export const siteSettings = cache(async (): Promise<SiteBranding> => {
  const payload = await payloadClient()
  const s = await payload.findGlobal({ slug: 'siteSettings', depth: 0 })
  return {
    siteName: s.siteName || 'Gương Sáng',
    tagline: s.tagline,
    provinceName: s.provinceName,
    publisher: s.publisher,
    footer: s.footer,
  }
})
