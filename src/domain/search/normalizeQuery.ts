import { foldVietnamese } from '../text/normalize'

/** Queries shorter than this (after trimming) are not searched: one letter matches nearly everything. */
export const MIN_QUERY_LENGTH = 2
/** Longer input is cut here: a search box is not a place for paragraphs, and trigram work grows with length. */
export const MAX_QUERY_LENGTH = 100

export type NormalizedQuery = { ok: true; text: string; folded: string } | { ok: false; reason: 'empty' | 'tooShort'; text: string }

/**
 * What the visitor typed, made safe to search for: NFC (keyboards send NFC or NFD), punctuation and LIKE wildcards
 * (`%`, `_`, `\`) turned into spaces, whitespace collapsed, cut to MAX_QUERY_LENGTH characters.
 * `text` is shown back to the visitor; `folded` (lower case, no diacritics, đ → d) is what the database compares.
 */
export function normalizeQuery(raw: unknown): NormalizedQuery {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (typeof value !== 'string') return { ok: false, reason: 'empty', text: '' }
  const text = value
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}'’-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim()
  if (!text) return { ok: false, reason: 'empty', text: '' }
  const folded = foldVietnamese(text).replace(/\s+/g, ' ').trim()
  if ([...folded].length < MIN_QUERY_LENGTH) return { ok: false, reason: 'tooShort', text }
  return { ok: true, text, folded }
}
