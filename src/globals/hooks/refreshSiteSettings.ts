import { revalidatePath, revalidateTag } from 'next/cache'
import type { GlobalAfterChangeHook } from 'payload'
import { SITE_SETTINGS_TAG } from '@/lib/site/settings'

/**
 * New branding shows at once: the cached settings expire and every page built with the old header and footer is
 * rebuilt on its next visit. Outside a Next server (seed, tests) nothing is cached and Next throws: ignored.
 */
export const refreshSiteSettings: GlobalAfterChangeHook = ({ doc, req }) => {
  if (req.context?.disableRevalidate) return doc
  try {
    revalidateTag(SITE_SETTINGS_TAG, { expire: 0 })
    revalidatePath('/', 'layout')
  } catch {
    // no Next request context: nothing is cached here
  }
  return doc
}
