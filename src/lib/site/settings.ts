import { unstable_cache } from 'next/cache'
import { cache } from 'react'
import { payloadClient } from '../payload'

export interface SiteBranding {
  siteName: string
  tagline?: string | null
  provinceName?: string | null
  publisher?: string | null
  footer?: string | null
}

/** The cache tag of the branding; the global's afterChange hook expires it (src/globals/hooks/refreshSiteSettings.ts). */
export const SITE_SETTINGS_TAG = 'site-settings'

async function readSettings(): Promise<SiteBranding> {
  const payload = await payloadClient()
  const s = await payload.findGlobal({ slug: 'siteSettings', depth: 0 })
  return {
    siteName: s.siteName || 'Gương Sáng',
    tagline: s.tagline,
    provinceName: s.provinceName,
    publisher: s.publisher,
    footer: s.footer,
  }
}

// every page's header and footer read it: kept in Next's data cache (shared by every process through the cache
// handler) until the global changes, not read from the database on each dynamic page (search, directory)
const cachedSettings = unstable_cache(readSettings, [SITE_SETTINGS_TAG], { tags: [SITE_SETTINGS_TAG] })

/** Branding from the admin-edited global, once per request. Outside a Next server (scripts, tests): read directly. */
export const siteSettings = cache(async (): Promise<SiteBranding> => {
  try {
    return await cachedSettings()
  } catch (err) {
    if (err instanceof Error && err.message.includes('incrementalCache missing')) return readSettings()
    throw err
  }
})
