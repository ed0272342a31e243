import type { Metadata } from 'next'
import Link from 'next/link'
import { OUTLET_KIND_LABELS } from '@/domain/editorial/labels'
import { Img } from '@/components/site/Img'
import { payloadClient } from '@/lib/payload'
import { columnPath } from '@/lib/site/paths'

export const revalidate = 300

export const metadata: Metadata = {
  title: 'Chuyên mục',
  description: 'Các chuyên mục tuyên truyền gương điển hình tiên tiến của các cơ quan báo chí trên địa bàn tỉnh.',
  alternates: { canonical: '/chuyen-muc' },
}

export default async function ColumnsIndex() {
  const payload = await payloadClient()
  const [outlets, columns] = await Promise.all([
    payload.find({
      collection: 'outlets',
      where: { _status: { equals: 'published' } },
      sort: 'name',
      limit: 200,
      depth: 1,
      joins: false,
      overrideAccess: false,
      locale: 'vi',
      select: { name: true, slug: true, kind: true, website: true, description: true, logo: true },
    }),
    payload.find({
      collection: 'columns',
      where: { _status: { equals: 'published' } },
      sort: 'name',
      limit: 1000,
      depth: 0,
      overrideAccess: false,
      locale: 'vi',
      select: { name: true, slug: true, outlet: true, description: true },
    }),
  ])
  const byOutlet = new Map<number, typeof columns.docs>()
  for (const c of columns.docs) {
    const id = typeof c.outlet === 'object' ? c.outlet.id : c.outlet
    byOutlet.set(id, [...(byOutlet.get(id) ?? []), c])
  }

  return (
    <>
      <h1>Chuyên mục</h1>
      <p>Chuyên mục tuyên truyền gương người tốt, việc tốt của các cơ quan báo chí, phát thanh, truyền hình.</p>
      {outlets.docs.length === 0 ? <p>Chưa có chuyên mục nào.</p> : null}
      {outlets.docs.map((o) => {
        const own = byOutlet.get(o.id) ?? []
        const headingId = `co-quan-${o.id}`
        return (
          <section key={o.id} id={o.slug ?? undefined} className="outlet" aria-labelledby={headingId}>
            <header className="outlet-head">
              <Img media={o.logo} size="thumbnail" alt={`Biểu trưng ${o.name}`} className="outlet-logo" />
              <div>
                <h2 id={headingId}>{o.name}</h2>
                <p className="meta">
                  {OUTLET_KIND_LABELS[o.kind]?.vi}
                  {o.website && /^https?:\/\//i.test(o.website) ? (
                    <>
                      {' · '}
                      <a href={o.website} rel="noopener noreferrer">
                        Trang web của cơ quan
                      </a>
                    </>
                  ) : null}
                </p>
                {o.description ? <p>{o.description}</p> : null}
              </div>
            </header>
            {own.length ? (
              <ul className="column-list">
                {own.map((c) => (
                  <li key={c.id}>
                    <h3>
                      <Link href={columnPath(o.slug, c.slug)}>{c.name}</Link>
                    </h3>
                    {c.description ? <p>{c.description}</p> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p>Cơ quan chưa mở chuyên mục nào.</p>
            )}
          </section>
        )
      })}
    </>
  )
}
