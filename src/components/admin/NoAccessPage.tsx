import { Banner } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { AdminPage } from './AdminPage'

/** A custom view as a user it is not meant for sees it: the page's title and why it stays empty. */
export function NoAccessPage({
  props,
  title,
  message = 'Bạn không có quyền xem trang này.',
}: {
  props: AdminViewServerProps
  title: string
  message?: string
}) {
  return (
    <AdminPage props={props} title={title}>
      <Banner type="error">{message}</Banner>
    </AdminPage>
  )
}
