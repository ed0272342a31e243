import { revalidatePath } from 'next/cache'
import type { PayloadRequest } from 'payload'
import { sitemapPartPath } from '@/domain/site/sitemapParts'

/**
 * Asks Next to rebuild the given pages on their next visit. Outside a Next server (tests, seed, CLI) there is no
 * incremental cache and `revalidatePath` throws: that is not an error, so it is swallowed; `context.disableRevalidate`
 * skips it on purpose (bulk imports).
 */
export function revalidatePaths(req: PayloadRequest, paths: Iterable<string>, type?: 'page' | 'layout'): void {
  if (req.context?.disableRevalidate) return
  for (const path of new Set(paths)) {
    if (!path) continue
    try {
      revalidatePath(path, type)
    } catch {
      // no Next request context: nothing is cached here
    }
  }
}

/**
 * Paths every published-content change touches: the home page, the sitemap's index and its file of sections (whose
 * dates follow the newest article, exemplar and contest).
 */
export const SITE_WIDE_PATHS = ['/', '/sitemap.xml', sitemapPartPath({ kind: 'trang', page: 1 })] as const

/** Every file of the sitemap, by the folder their route lives in: a column (un)published moves many articles. */
export const revalidateSitemapFiles = (req: PayloadRequest) => revalidatePaths(req, ['/sitemap'], 'layout')
