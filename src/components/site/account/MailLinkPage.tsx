import type { ComponentType } from 'react'
import { firstParam, type SearchParams } from '@/lib/site/params'

export type MailLinkPageProps = { searchParams: Promise<SearchParams> }

/**
 * An account page opened from a link in one of our mails (address verification, password reset): the link's
 * `token` goes to the page's form, or null when the link lost it.
 */
export async function MailLinkPage({
  title,
  searchParams,
  form: Form,
}: MailLinkPageProps & { title: string; form: ComponentType<{ token: string | null }> }) {
  const token = firstParam((await searchParams).token)?.trim() || null
  return (
    <section className="narrow" aria-labelledby="tieu-de">
      <h1 id="tieu-de">{title}</h1>
      <Form token={token} />
    </section>
  )
}
