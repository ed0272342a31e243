/** RSS 2.0, written by hand: a handful of elements, every text escaped, every link absolute. */
export interface RssItem {
  title: string
  link: string
  description?: string | null
  pubDate?: string | null
  guid: string
  author?: string | null
  enclosure?: { url: string; type: string; length: number } | null
}

export interface RssChannel {
  title: string
  link: string
  selfLink: string
  description: string
  language?: string
  lastBuildDate?: string | null
  items: RssItem[]
}

/** Escapes text for XML and drops characters XML 1.0 forbids (control characters pasted from word processors). */
export function xmlEscape(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  )
}

const rfc822 = (iso: string) => new Date(iso).toUTCString()
const el = (name: string, value: string | null | undefined) => (value ? `<${name}>${xmlEscape(value)}</${name}>` : '')

export function renderRss(c: RssChannel): string {
  const items = c.items
    .map((i) =>
      [
        '<item>',
        el('title', i.title),
        el('link', i.link),
        `<guid isPermaLink="true">${xmlEscape(i.guid)}</guid>`,
        el('description', i.description),
        i.pubDate ? el('pubDate', rfc822(i.pubDate)) : '',
        el('dc:creator', i.author),
        i.enclosure
          ? `<enclosure url="${xmlEscape(i.enclosure.url)}" type="${xmlEscape(i.enclosure.type)}" length="${i.enclosure.length}"/>`
          : '',
        '</item>',
      ].join(''),
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
${el('title', c.title)}
${el('link', c.link)}
<atom:link href="${xmlEscape(c.selfLink)}" rel="self" type="application/rss+xml"/>
${el('description', c.description)}
${el('language', c.language ?? 'vi')}
${c.lastBuildDate ? el('lastBuildDate', rfc822(c.lastBuildDate)) : ''}
${items}
</channel>
</rss>
`
}
