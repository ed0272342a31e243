import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type React from 'react'

export interface Crumb {
  label: string
  url?: string
}

/**
 * The admin chrome (nav, header) around a custom view: the title in the header's breadcrumbs and as the page heading,
 * the content spaced as Payload spaces its own views.
 */
export function AdminPage({
  props,
  title,
  crumbs,
  children,
}: {
  props: AdminViewServerProps
  title: string
  /** the header's breadcrumbs when the page is inside another (the title alone otherwise) */
  crumbs?: Crumb[]
  children: React.ReactNode
}) {
  const { initPageResult, params, searchParams } = props
  const { req, permissions, visibleEntities, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={crumbs ?? [{ label: title }]} />
      <Gutter className="gs-screen">
        <h1 className="gs-screen__title">{title}</h1>
        <div className="gs-stack">{children}</div>
      </Gutter>
    </DefaultTemplate>
  )
}
