import type { Metadata } from 'next'
import { ColumnArticles, columnMetadata } from '@/components/site/ColumnArticles'

export const revalidate = 300

export async function generateStaticParams(): Promise<{ outlet: string; column: string }[]> {
  return []
}

type Params = Promise<{ outlet: string; column: string }>

export function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return columnMetadata(params)
}

export default function ColumnPage({ params }: { params: Params }) {
  return <ColumnArticles params={params} />
}
