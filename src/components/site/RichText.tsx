import type { DefaultNodeTypes, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import { type JSXConvertersFunction, LinkJSXConverter, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import { articlePath, contestPath, exemplarPath } from '../../lib/site/paths'

type EditorState = Parameters<typeof LexicalRichText>[0]['data']

const PATHS: Record<string, (slug: string) => string> = {
  articles: articlePath,
  exemplars: exemplarPath,
  contests: contestPath,
}

/** Internal links point at the public page of the linked document when it was populated with its slug. */
function internalDocToHref({ linkNode }: { linkNode: SerializedLinkNode }): string {
  const doc = linkNode.fields.doc
  const value = doc?.value
  const toPath = doc ? PATHS[doc.relationTo] : undefined
  if (toPath && value && typeof value === 'object' && typeof value.slug === 'string') return toPath(value.slug)
  return '#'
}

const converters: JSXConvertersFunction<DefaultNodeTypes> = ({ defaultConverters }) => ({
  ...defaultConverters,
  ...LinkJSXConverter({ internalDocToHref }),
  // Relationship blocks are editorial notes: link them when possible, otherwise render nothing.
  relationship: ({ node }) => {
    const value = node.value
    const toPath = PATHS[node.relationTo]
    if (!toPath || !value || typeof value !== 'object') return null
    const v = value as { slug?: unknown; title?: unknown; name?: unknown }
    if (typeof v.slug !== 'string') return null
    const label = typeof v.title === 'string' ? v.title : typeof v.name === 'string' ? v.name : v.slug
    return (
      <p>
        <a href={toPath(v.slug)}>{label}</a>
      </p>
    )
  },
})

function isEditorState(value: unknown): value is EditorState {
  return !!value && typeof value === 'object' && 'root' in value && !!(value as { root?: unknown }).root
}

/** Lexical rich text from a Payload field, or nothing when the field is empty. */
export function RichText({ data, className = 'prose' }: { data: unknown; className?: string }) {
  if (!isEditorState(data)) return null
  return <LexicalRichText data={data} converters={converters} className={className} />
}
