import Link from 'next/link'

/** Links to the custom views, under the collections in the admin nav. */
export function NavLinks() {
  return (
    <div style={{ display: 'grid', gap: '.5rem', marginTop: '1rem' }}>
      <Link href="/admin/chi-tieu">Chỉ tiêu điển hình</Link>
      <Link href="/admin/sap-xep-don-vi">Sắp xếp đơn vị</Link>
    </div>
  )
}
