import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { ColumnArticles, columnMetadata } from '@/components/site/ColumnArticles'
import { segment } from '@/lib/site/params'
import { columnPath } from '@/lib/site/paths'

export const revalidate = 300

export async function generateStaticParams(): Promise<{ outlet: string; column: string; page: string }[]> {
  return []
}

type Params = Promise<{ outlet: string; column: string; page: string }>

export function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return columnMetadata(params)
}

/** `/chuyen-muc/{outlet}/{column}/trang/{n}`; page 1 lives at the column's own address. */
export default async function ColumnPageN({ params }: { params: Params }) {
  const { outlet, column, page } = await params
  if (page === '1') redirect(columnPath(segment(outlet), segment(column)))
  return <ColumnArticles params={params} />
}
