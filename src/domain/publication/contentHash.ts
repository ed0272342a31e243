import { createHash } from 'node:crypto'
import type { Chapter } from './compile'

/** Bump when the PDF layout changes, so every cached book is rebuilt once. */
export const PUBLICATION_LAYOUT_VERSION = 1

/** JSON with sorted keys, so the same content always gives the same text. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(value ?? null)
}

/**
 * Hash of everything the book shows (province, year, every chapter's exemplar and article content): the cached PDF is
 * valid exactly as long as this hash is unchanged. Saving a record without changing what the book prints keeps it.
 */
export function contentHash(input: { province: string; year: number; chapters: Chapter[] }): string {
  const printed = {
    v: PUBLICATION_LAYOUT_VERSION,
    province: input.province,
    year: input.year,
    chapters: input.chapters.map((c) => ({
      n: c.number,
      anchor: c.anchor,
      e: { ...c.exemplar, recognisedYears: [...c.exemplar.recognisedYears].sort((a, b) => a - b) },
      a: c.article
        ? { id: c.article.id, title: c.article.title, slug: c.article.slug, excerpt: c.article.excerpt, publishedAt: c.article.publishedAt }
        : null,
    })),
  }
  return createHash('sha256').update(stable(printed)).digest('hex')
}
