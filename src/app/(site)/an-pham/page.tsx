import type { Metadata } from 'next'
import Link from 'next/link'
import { publicationTitles } from '@/server/publications/publicationInput'
import { payloadClient } from '@/lib/payload'
import { publicationYears } from '@/lib/site/publicationYears'
import { siteSettings } from '@/lib/site/settings'

export const revalidate = 300

export const metadata: Metadata = {
  title: 'Ấn phẩm điện tử điển hình tiên tiến',
  description: 'Ấn phẩm điện tử giới thiệu các điển hình tiên tiến cấp tỉnh và toàn quốc được công nhận hằng năm.',
  alternates: { canonical: '/an-pham' },
}

/** One book per year that has provincial or national exemplars, newest first. */
export default async function PublicationsPage() {
  const payload = await payloadClient()
  const years = await publicationYears(payload)
  const { provinceName } = await siteSettings()
  const titles = await publicationTitles(payload, years, provinceName)
  return (
    <>
      <h1>Ấn phẩm điện tử điển hình tiên tiến</h1>
      <p className="lead">
        Mỗi năm một ấn phẩm: các điển hình cấp tỉnh và toàn quốc được công nhận trong năm, kèm bài viết tiêu biểu, đọc trực tuyến hoặc tải
        bản PDF.
      </p>
      {years.length ? (
        <ul className="column-list" data-testid="publication-years">
          {years.map((y) => (
            <li key={y}>
              <Link href={`/an-pham/${y}`}>{titles.get(y)}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>Chưa có ấn phẩm nào.</p>
      )}
    </>
  )
}
