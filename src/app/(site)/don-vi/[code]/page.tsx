import type { Metadata } from 'next'
import { UnitPage, unitMetadata, type UnitParams } from '@/components/site/units/UnitPage'

export const revalidate = 300

export async function generateStaticParams(): Promise<{ code: string }[]> {
  return []
}

export function generateMetadata({ params }: { params: UnitParams }): Promise<Metadata> {
  return unitMetadata(params)
}

export default function UnitPageOne({ params }: { params: UnitParams }) {
  return <UnitPage params={params} />
}
