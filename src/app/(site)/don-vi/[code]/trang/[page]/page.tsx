import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { UnitPage, unitMetadata, unitPagePath, type UnitParams } from '@/components/site/units/UnitPage'
import { segment } from '@/lib/site/params'

export const revalidate = 300

export async function generateStaticParams(): Promise<{ code: string; page: string }[]> {
  return []
}

export function generateMetadata({ params }: { params: UnitParams }): Promise<Metadata> {
  return unitMetadata(params)
}

/** `/don-vi/{code}/trang/{n}`; page 1 lives at the unit's own address. */
export default async function UnitPageN({ params }: { params: UnitParams }) {
  const { code, page } = await params
  if (page === '1') redirect(unitPagePath(segment(code), 1))
  return <UnitPage params={params} />
}
