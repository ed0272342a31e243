import type { Metadata } from 'next'
import { MailLinkPage, type MailLinkPageProps } from '@/components/site/account/MailLinkPage'
import { VerifyEmail } from '@/components/site/account/VerifyEmail'

export const metadata: Metadata = { title: 'Xác thực tài khoản', robots: { index: false, follow: false } }

export default function VerifyPage({ searchParams }: MailLinkPageProps) {
  return <MailLinkPage title="Xác thực tài khoản" searchParams={searchParams} form={VerifyEmail} />
}
