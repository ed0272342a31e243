import type { Payload, PayloadRequest } from 'payload'
import {
  compilePublication,
  PUBLICATION_STATUSES,
  type Chapter,
  type PublicationArticle,
  type PublicationExemplar,
} from '@/domain/publication/compile'
import { contentHash } from '@/domain/publication/contentHash'
import { publicationTitle } from '@/domain/publication/publicationTitle'
import { loadScopeData, loadYearScope, scopeOf } from '@/lib/yearScope'

export interface PublicationInput {
  year: number
  province: string
  title: string
  chapters: Chapter[]
  hash: string
}

const name = (v: unknown): string | null => (v && typeof v === 'object' && 'name' in v ? String((v as { name: unknown }).name ?? '') : null)
const id = (v: unknown): number => Number(v && typeof v === 'object' ? (v as { id: unknown }).id : v)

/**
 * Everything the year's book prints, read as the server (only public levels and published articles are selected).
 * The exemplars are those of the year's scope (lib/yearScope, as for the quota and the annual report), and the title
 * names the province the year stood under.
 */
export async function loadPublicationInput(payload: Payload, year: number, req?: PayloadRequest): Promise<PublicationInput> {
  const scope = await loadYearScope(payload, year, { req })
  const province = scope.names.length
    ? scope.names.map((u) => u.name).join(' và ')
    : ((await payload.findGlobal({ slug: 'siteSettings', depth: 0, locale: 'vi', req })).provinceName ?? '')
  const found = await payload.find({
    collection: 'exemplars',
    where: {
      and: [
        { status: { in: [...PUBLICATION_STATUSES] } },
        { recognisedYears: { in: [year] } },
        { unit: { in: scope.tree.size ? [...scope.tree] : [-1] } },
      ],
    },
    depth: 1,
    limit: 0,
    pagination: false,
    locale: 'vi',
    overrideAccess: true,
    req,
    select: {
      name: true,
      slug: true,
      status: true,
      kind: true,
      recognisedYears: true,
      unit: true,
      fields: true,
      summary: true,
      achievements: true,
    },
    populate: { units: { name: true }, fields: { name: true } },
  })
  const exemplars: PublicationExemplar[] = found.docs.map((e) => ({
    id: e.id,
    name: e.name,
    slug: e.slug ?? null,
    status: e.status,
    kind: e.kind,
    recognisedYears: (e.recognisedYears ?? []).map(Number),
    unitName: name(e.unit),
    fieldNames: (e.fields ?? []).map(name).filter((n): n is string => !!n),
    summary: e.summary ?? null,
    achievements: e.achievements ?? null,
  }))
  const linked = exemplars.length
    ? await payload.find({
        collection: 'articles',
        where: { and: [{ exemplars: { in: exemplars.map((e) => e.id) } }, { _status: { equals: 'published' } }] },
        depth: 0,
        limit: 0,
        pagination: false,
        locale: 'vi',
        overrideAccess: true,
        req,
        select: { title: true, slug: true, excerpt: true, publishedAt: true, featured: true, exemplars: true, _status: true },
      })
    : { docs: [] }
  const articles: PublicationArticle[] = linked.docs.map((a) => ({
    id: a.id,
    title: a.title,
    slug: a.slug ?? null,
    excerpt: a.excerpt ?? null,
    publishedAt: a.publishedAt ?? null,
    featured: a.featured ?? false,
    status: a._status ?? null,
    exemplarIds: (a.exemplars ?? []).map(id),
  }))
  const chapters = compilePublication(year, exemplars, articles)
  return {
    year,
    province,
    title: publicationTitle(scope.names.length ? scope.names.map((u) => u.name) : province, year),
    chapters,
    hash: contentHash({ province, year, chapters }),
  }
}

/** The titles of several years' books, each after the province that year stood under (one read of plans and units). */
export async function publicationTitles(payload: Payload, years: number[], fallbackProvince?: string | null): Promise<Map<number, string>> {
  const data = await loadScopeData(payload)
  return new Map(
    years.map((y) => {
      const names = scopeOf(data, y).names.map((u) => u.name)
      return [y, publicationTitle(names.length ? names : fallbackProvince, y)]
    }),
  )
}
