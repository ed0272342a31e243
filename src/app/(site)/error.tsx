'use client'

import Link from 'next/link'

export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section aria-labelledby="tieu-de" role="alert">
      <h1 id="tieu-de">Đã xảy ra lỗi</h1>
      <p>Trang chưa hiển thị được. Vui lòng thử lại sau ít phút.</p>
      <p>
        <button type="button" onClick={reset}>
          Thử lại
        </button>{' '}
        <Link href="/">Về trang chủ</Link>
      </p>
    </section>
  )
}
