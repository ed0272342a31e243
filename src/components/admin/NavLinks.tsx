import Link from 'next/link'

/** Links to the custom views, under the collections in the admin nav. */
export function NavLinks() {
  return (
    <div style={{ display: 'grid', gap: '.5rem', marginTop: '1rem' }}>
      <Link href="/admin/cham-bai">Bài được phân công</Link>
      <Link href="/admin/xep-hang">Xếp hạng</Link>
      <Link href="/admin/chi-tieu">Chỉ tiêu điển hình</Link>
      <Link href="/admin/sap-xep-don-vi">Sắp xếp đơn vị</Link>
      <Link href="/admin/bao-cao">Báo cáo năm</Link>
      <Link href="/admin/lich-tuyen-truyen">Lịch tuyên truyền</Link>
    </div>
  )
}
