import type { CollectionConfig } from 'payload'
import { COUNTING_RULES } from '../../domain/quota/rules'
import { UNIT_KIND_LABELS } from '../../domain/units/kinds'
import { adminGroups, dayPicker, optionsFrom } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'

/** A plan period with its yearly targets: the numbers live here, edited by organizers, never in code. */
export const Plans: CollectionConfig = {
  ...collectionBasics('plans', ['Kế hoạch', 'Plan'], ['Kế hoạch', 'Plans']),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'periodFrom', 'periodTo', 'province'], group: adminGroups.plan },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên kế hoạch', en: 'Name' } },
    {
      type: 'row',
      fields: [
        { name: 'decisionNumber', type: 'text', label: { vi: 'Số văn bản', en: 'Decision number' } },
        { name: 'decisionDate', type: 'date', label: { vi: 'Ngày ban hành', en: 'Issued on' }, admin: dayPicker },
        { name: 'issuer', type: 'text', label: { vi: 'Cơ quan ban hành', en: 'Issued by' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'periodFrom', type: 'number', required: true, index: true, min: 2000, max: 2100, label: { vi: 'Từ năm', en: 'From year' } },
        { name: 'periodTo', type: 'number', required: true, index: true, min: 2000, max: 2100, label: { vi: 'Đến năm', en: 'To year' } },
      ],
    },
    {
      name: 'province',
      type: 'relationship',
      relationTo: 'units',
      required: true,
      filterOptions: { kind: { equals: 'province' } },
      label: { vi: 'Tỉnh', en: 'Province' },
    },
    { name: 'document', type: 'upload', relationTo: 'media', label: { vi: 'Văn bản kế hoạch (PDF)', en: 'Plan document (PDF)' } },
    { name: 'fields', type: 'relationship', relationTo: 'fields', hasMany: true, label: { vi: 'Các lĩnh vực', en: 'Fields of life' } },
    {
      name: 'targets',
      type: 'array',
      label: { vi: 'Chỉ tiêu hằng năm', en: 'Yearly targets' },
      labels: { singular: { vi: 'Chỉ tiêu', en: 'Target' }, plural: { vi: 'Chỉ tiêu', en: 'Targets' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'appliesTo',
              type: 'select',
              required: true,
              defaultValue: 'kind',
              options: [
                { value: 'kind', label: { vi: 'Mọi đơn vị thuộc loại', en: 'Every unit of a kind' } },
                { value: 'unit', label: { vi: 'Một đơn vị cụ thể', en: 'One named unit' } },
              ],
              label: { vi: 'Áp dụng cho', en: 'Applies to' },
            },
            {
              name: 'unitKind',
              type: 'select',
              options: optionsFrom(UNIT_KIND_LABELS),
              label: { vi: 'Loại đơn vị', en: 'Unit kind' },
              admin: { condition: (_, row) => row?.appliesTo === 'kind' },
            },
            {
              name: 'unit',
              type: 'relationship',
              relationTo: 'units',
              label: { vi: 'Đơn vị', en: 'Unit' },
              admin: { condition: (_, row) => row?.appliesTo === 'unit' },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'minPerYear', type: 'number', required: true, min: 0, label: { vi: 'Tối thiểu mỗi năm', en: 'Minimum per year' } },
            {
              name: 'rule',
              type: 'select',
              required: true,
              defaultValue: 'recognised',
              options: optionsFrom(COUNTING_RULES),
              label: { vi: 'Cách tính', en: 'Counting rule' },
            },
          ],
        },
        { name: 'wording', type: 'textarea', localized: true, label: { vi: 'Nguyên văn kế hoạch', en: "The plan's wording" } },
      ],
    },
  ],
}
