import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { revalidatePaths, SITE_WIDE_PATHS } from '@/lib/seo/revalidate'
import { contestPath, contestResultsPath } from '@/lib/site/paths'

const pathsOf = (slug: string | null | undefined) => (slug ? [contestPath(slug), contestResultsPath(slug)] : [])

/** A contest's pages, the contest list, the home page and the sitemap follow its status (open, closed, results) at once. */
export const revalidateContest: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  revalidatePaths(req, [...SITE_WIDE_PATHS, '/cuoc-thi', ...pathsOf(doc.slug), ...pathsOf(previousDoc?.slug)])
  return doc
}

export const revalidateContestDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  revalidatePaths(req, [...SITE_WIDE_PATHS, '/cuoc-thi', ...pathsOf(doc.slug)])
  return doc
}
