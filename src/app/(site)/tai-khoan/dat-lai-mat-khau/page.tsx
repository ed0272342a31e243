import type { Metadata } from 'next'
import { MailLinkPage, type MailLinkPageProps } from '@/components/site/account/MailLinkPage'
import { ResetPasswordForm } from '@/components/site/account/ResetPasswordForm'

export const metadata: Metadata = { title: 'Đặt lại mật khẩu', robots: { index: false, follow: false } }

export default function ResetPasswordPage({ searchParams }: MailLinkPageProps) {
  return <MailLinkPage title="Đặt lại mật khẩu" searchParams={searchParams} form={ResetPasswordForm} />
}
