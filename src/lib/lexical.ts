/** Builds Lexical editor state from plain paragraphs (seed data, imports, mail bodies). */
type Node = Record<string, unknown>

const text = (value: string): Node => ({
  type: 'text',
  text: value.normalize('NFC'),
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const block = (type: 'paragraph' | 'quote', value: string): Node => ({
  type,
  children: [text(value)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...(type === 'paragraph' ? { textFormat: 0, textStyle: '' } : {}),
})

export function richTextFromParagraphs(paragraphs: string[], quote?: string) {
  const children = paragraphs.map((p) => block('paragraph', p))
  if (quote) children.splice(Math.min(2, children.length), 0, block('quote', quote))
  return { root: { type: 'root', children, direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 } }
}

/** Plain text of a Lexical state, for search indexing and excerpts. */
export function plainText(state: unknown): string {
  const out: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as { text?: string; children?: unknown[]; type?: string }
    if (typeof n.text === 'string') out.push(n.text)
    n.children?.forEach(walk)
    if (n.type === 'paragraph' || n.type === 'quote' || n.type === 'heading') out.push('\n')
  }
  walk((state as { root?: unknown })?.root)
  return out.join('').replace(/\n+/g, '\n').trim()
}
