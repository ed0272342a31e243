import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { normalizeCertificateCode } from '@/domain/contest/certificateCode'
import { firstParam } from '@/lib/site/params'
import { verifyPath } from '@/lib/site/paths'

export const metadata: Metadata = {
  title: 'Xác minh giấy chứng nhận',
  description: 'Kiểm tra giấy chứng nhận đạt giải cuộc thi bằng mã xác minh in trên giấy.',
  alternates: { canonical: '/xac-minh' },
}

type Search = Promise<{ ma?: string | string[] }>

/** The form behind the code printed on every certificate; a valid code opens its verification page. */
export default async function VerifyFormPage({ searchParams }: { searchParams: Search }) {
  const { ma } = await searchParams
  const typed = firstParam(ma)
  const code = normalizeCertificateCode(typed)
  if (code) redirect(verifyPath(code))
  return (
    <>
      <h1>Xác minh giấy chứng nhận</h1>
      <p className="lead">Nhập mã xác minh in dưới mã QR của giấy chứng nhận (dạng GS-XXXXX-XXXXX) để kiểm tra giải thưởng.</p>
      {typed ? (
        <p role="alert" className="error">
          Mã “{typed}” không đúng định dạng. Mã gồm 10 ký tự chữ và số, ví dụ GS-7K3Q9-M2X4T.
        </p>
      ) : null}
      <form method="get" action="/xac-minh" className="stack">
        <label>
          Mã xác minh
          <input name="ma" defaultValue={typed ?? ''} required autoComplete="off" spellCheck={false} />
        </label>
        <button type="submit">Kiểm tra</button>
      </form>
    </>
  )
}
