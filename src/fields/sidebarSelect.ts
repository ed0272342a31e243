import type { SelectField } from 'payload'
import { optionsFrom } from '@/lib/options'

type Labels = Record<string, { vi: string; en: string }>
type Extra = Partial<Pick<SelectField, 'required' | 'index' | 'defaultValue' | 'saveToJWT' | 'access'>>

/** One select shown in the sidebar, its options taken from a vi/en label map: a document's status, role or format. */
export function sidebarSelect(name: string, labels: Labels, label: { vi: string; en: string }, extra: Extra = {}): SelectField {
  return { name, type: 'select', options: optionsFrom(labels), label, ...extra, admin: { position: 'sidebar' } } as SelectField
}

/** Where a document stands in its lifecycle: required, indexed, shown in the sidebar. */
export const statusField = (labels: Labels, defaultValue: string): SelectField =>
  sidebarSelect('status', labels, { vi: 'Trạng thái', en: 'Status' }, { required: true, index: true, defaultValue })
