import type { Metadata } from 'next'
import Link from 'next/link'
import { formatVnDateTime } from '@/domain/contest/deadline'
import { payloadClient } from '@/lib/payload'
import { segment } from '@/lib/site/params'
import { contestPath } from '@/lib/site/paths'
import { verifyCertificate } from '@/server/contest/certificate'

export const dynamic = 'force-dynamic'

type Params = Promise<{ code: string }>

export const metadata: Metadata = { title: 'Xác minh giấy chứng nhận', robots: { index: false } }

/** What a scanned or typed certificate code confirms: the winner, the work, the prize and the contest. */
export default async function VerifyCertificatePage({ params }: { params: Params }) {
  const { code } = await params
  const found = await verifyCertificate(await payloadClient(), segment(code))
  if (!found)
    return (
      <>
        <h1>Xác minh giấy chứng nhận</h1>
        <p role="alert" className="error" data-testid="certificate-not-found">
          Không tìm thấy giấy chứng nhận có mã “{segment(code)}”. Hãy kiểm tra lại mã in dưới mã QR, hoặc liên hệ ban tổ chức cuộc thi.
        </p>
        <p>
          <Link href="/xac-minh">Kiểm tra mã khác</Link>
        </p>
      </>
    )
  return (
    <>
      <h1>Giấy chứng nhận hợp lệ</h1>
      <p role="status" className="ok" data-testid="certificate-valid">
        Mã {found.code} là giấy chứng nhận do ban tổ chức cấp, khớp với kết quả đã công bố.
      </p>
      <dl className="facts">
        <dt>Tác giả</dt>
        <dd>{found.authors.join(', ')}</dd>
        <dt>Tác phẩm</dt>
        <dd>“{found.title}”</dd>
        <dt>Giải thưởng</dt>
        <dd>
          {found.prize} — thể loại {found.category}
        </dd>
        <dt>Cuộc thi</dt>
        <dd>
          {found.contest.slug ? (
            <Link href={`${contestPath(found.contest.slug)}/ket-qua`}>{found.contest.title}</Link>
          ) : (
            found.contest.title
          )}
        </dd>
        {found.publishedAt ? (
          <>
            <dt>Công bố kết quả</dt>
            <dd>{formatVnDateTime(found.publishedAt)}</dd>
          </>
        ) : null}
      </dl>
      <p>
        <Link href="/xac-minh">Kiểm tra mã khác</Link>
      </p>
    </>
  )
}
