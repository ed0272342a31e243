import Link from 'next/link'

export default function NotFound() {
  return (
    <section aria-labelledby="tieu-de">
      <h1 id="tieu-de">Không tìm thấy trang</h1>
      <p>Trang bạn tìm không tồn tại, đã được gỡ bỏ hoặc chưa được công bố.</p>
      <ul>
        <li>
          <Link href="/">Về trang chủ</Link>
        </li>
        <li>
          <Link href="/dien-hinh">Tra cứu điển hình tiên tiến</Link>
        </li>
        <li>
          <Link href="/chuyen-muc">Xem các chuyên mục</Link>
        </li>
      </ul>
    </section>
  )
}
