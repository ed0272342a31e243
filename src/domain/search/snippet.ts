import { foldVietnamese } from '../text/normalize'

/** One NFC character folded on its own, so positions in the folded text match positions in the original. */
const foldChar = (c: string): string => {
  const f = foldVietnamese(c)
  return f.length === c.length ? f : c.toLowerCase().slice(0, c.length).padEnd(c.length, ' ')
}

export interface SnippetPart {
  text: string
  match: boolean
}

/**
 * A short excerpt of `text` around the first place where the folded query (or its first word) occurs,
 * split into parts so the page can mark the match. Without a match: the start of the text.
 */
export function snippet(text: string | null | undefined, foldedQuery: string, maxLength = 200): SnippetPart[] {
  const source = (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim()
  if (!source) return []
  const folded = [...source].map(foldChar).join('')
  const candidates = [
    foldedQuery,
    ...foldedQuery
      .split(' ')
      .filter((w) => w.length >= 2)
      .sort((a, b) => b.length - a.length),
  ]
  let at = -1
  let needle = ''
  for (const c of candidates) {
    at = c ? folded.indexOf(c) : -1
    if (at >= 0) {
      needle = c
      break
    }
  }
  if (at < 0) {
    const cut = source.length > maxLength ? `${source.slice(0, maxLength).replace(/\s+\S*$/, '')}…` : source
    return [{ text: cut, match: false }]
  }
  const start = Math.max(0, at - Math.floor((maxLength - needle.length) / 2))
  const end = Math.min(source.length, start + maxLength)
  const lead = start > 0 ? '…' : ''
  const tail = end < source.length ? '…' : ''
  const parts: SnippetPart[] = []
  if (at > start) parts.push({ text: lead + source.slice(start, at), match: false })
  else if (lead) parts.push({ text: lead, match: false })
  parts.push({ text: source.slice(at, at + needle.length), match: true })
  if (at + needle.length < end || tail) parts.push({ text: source.slice(at + needle.length, end) + tail, match: false })
  return parts
}
