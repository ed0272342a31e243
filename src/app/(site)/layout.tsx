import type { Metadata } from 'next'
import Link from 'next/link'
import type React from 'react'
import { SearchForm } from '../../components/site/search/SearchForm'
import { siteSettings } from '../../lib/site/settings'
import './site.css'

export async function generateMetadata(): Promise<Metadata> {
  const s = await siteSettings()
  return {
    title: { default: s.siteName, template: `%s — ${s.siteName}` },
    description: s.tagline ?? undefined,
    metadataBase: new URL(process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000'),
  }
}

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const s = await siteSettings()
  return (
    <html lang="vi">
      <body>
        <a className="skip" href="#noi-dung">
          Bỏ qua, đến nội dung chính
        </a>
        <header className="site-header">
          <div className="wrap">
            <Link href="/" className="brand">
              <strong>{s.siteName}</strong>
              {s.tagline ? <span>{s.tagline}</span> : null}
            </Link>
            <nav aria-label="Điều hướng chính">
              <Link href="/dien-hinh">Điển hình tiên tiến</Link>
              <Link href="/chuyen-muc">Chuyên mục</Link>
              <Link href="/cuoc-thi">Cuộc thi</Link>
              <Link href="/an-pham">Ấn phẩm</Link>
              <Link href="/gioi-thieu-nguoi-tot">Giới thiệu người tốt</Link>
              <Link href="/tai-khoan/dang-ky">Đăng ký dự thi</Link>
              <Link href="/tai-khoan">Tài khoản</Link>
            </nav>
            <SearchForm compact />
          </div>
        </header>
        <main id="noi-dung" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            {/* every public section, so each is reachable from any page */}
            <nav aria-label="Các mục của trang" className="footer-nav">
              <Link href="/dien-hinh">Điển hình tiên tiến</Link>
              <Link href="/chuyen-muc">Chuyên mục</Link>
              <Link href="/cuoc-thi">Cuộc thi</Link>
              <Link href="/an-pham">Ấn phẩm điện tử</Link>
              <Link href="/gioi-thieu-nguoi-tot">Giới thiệu người tốt, việc tốt</Link>
              <Link href="/tim-kiem">Tìm kiếm</Link>
              <Link href="/tai-khoan">Tài khoản</Link>
            </nav>
            <p>{s.footer ?? s.publisher}</p>
          </div>
        </footer>
      </body>
    </html>
  )
}
