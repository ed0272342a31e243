import type { CollectionConfig } from 'payload'
import { END_REASON_LABELS, UNIT_KIND_LABELS } from '../../domain/units/kinds'
import { optionsFrom } from '../../lib/options'
import { unitTitle } from './hooks/unitTitle'
import { validateValidity } from './hooks/validateValidity'
import { adminGroups } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'

export const Units: CollectionConfig = {
  ...collectionBasics('units', ['Đơn vị', 'Unit'], ['Đơn vị', 'Units']),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['name', 'code', 'kind', 'parent', 'validFrom', 'validTo'],
    listSearchableFields: ['name', 'code', 'title'],
    group: adminGroups.organisation,
  },
  defaultPopulate: { name: true, title: true, code: true, kind: true, validFrom: true, validTo: true },
  hooks: { beforeValidate: [validateValidity] },
  fields: [
    { name: 'name', type: 'text', required: true, index: true, label: { vi: 'Tên đơn vị', en: 'Name' } },
    {
      name: 'title',
      type: 'text',
      label: { vi: 'Tên kèm thời gian hiệu lực', en: 'Name with validity' },
      admin: { hidden: true },
      hooks: { beforeChange: [unitTitle] },
    },
    { name: 'code', type: 'text', required: true, unique: true, index: true, label: { vi: 'Mã', en: 'Code' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: optionsFrom(UNIT_KIND_LABELS),
      label: { vi: 'Loại', en: 'Kind' },
    },
    { name: 'parent', type: 'relationship', relationTo: 'units', index: true, label: { vi: 'Trực thuộc', en: 'Parent' } },
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          type: 'date',
          required: true,
          index: true,
          label: { vi: 'Hiệu lực từ', en: 'Valid from' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'validTo',
          type: 'date',
          index: true,
          label: { vi: 'Hiệu lực đến', en: 'Valid to' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
    {
      type: 'collapsible',
      label: { vi: 'Kết thúc hoạt động', en: 'End of the unit' },
      admin: { initCollapsed: true },
      fields: [
        { name: 'endReason', type: 'select', options: optionsFrom(END_REASON_LABELS), label: { vi: 'Lý do', en: 'Reason' } },
        { name: 'endDecision', type: 'text', label: { vi: 'Quyết định / Nghị quyết', en: 'Decision' } },
        {
          name: 'successors',
          type: 'relationship',
          relationTo: 'units',
          hasMany: true,
          label: { vi: 'Đơn vị kế thừa', en: 'Successor units' },
        },
      ],
    },
    {
      name: 'predecessors',
      type: 'join',
      collection: 'units',
      on: 'successors',
      label: { vi: 'Đơn vị tiền thân', en: 'Predecessor units' },
    },
    { name: 'children', type: 'join', collection: 'units', on: 'parent', label: { vi: 'Đơn vị trực thuộc', en: 'Sub-units' } },
  ],
}
