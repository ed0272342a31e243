import { revalidatePath } from 'next/cache'
import type { PayloadRequest } from 'payload'

/**
 * Asks Next to rebuild the given pages on their next visit. Outside a Next server (tests, seed, CLI) there is no
 * incremental cache and `revalidatePath` throws: that is not an error, so it is swallowed; `context.disableRevalidate`
 * skips it on purpose (bulk imports).
 */
export function revalidatePaths(req: PayloadRequest, paths: Iterable<string>): void {
  if (req.context?.disableRevalidate) return
  for (const path of new Set(paths)) {
    if (!path) continue
    try {
      revalidatePath(path)
      // the index names the files; any of them may list the changed page
      if (path === SITEMAP_INDEX_PATH) revalidatePath(SITEMAP_PART_ROUTE, 'page')
    } catch {
      // no Next request context: nothing is cached here
    }
  }
}

const SITEMAP_INDEX_PATH = '/sitemap.xml'
const SITEMAP_PART_ROUTE = '/sitemap/[part]'

/** Paths every published-content change touches: the home page, listings and the sitemap. */
export const SITE_WIDE_PATHS = ['/', SITEMAP_INDEX_PATH] as const
