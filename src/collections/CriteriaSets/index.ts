import type { CollectionConfig } from 'payload'
import { unitField } from '../../fields/unit'
import { arrayLabels } from '../../fields/arrayLabels'
import { adminGroups } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'

/** A unit's standards for exemplars in one field for one year (the plan asks 100% of units to issue them). */
export const CriteriaSets: CollectionConfig = {
  ...collectionBasics('criteriaSets', ['Bộ tiêu chí', 'Criteria set'], ['Bộ tiêu chí', 'Criteria sets']),
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'unit', 'field', 'year'], group: adminGroups.exemplars },
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên bộ tiêu chí', en: 'Title' } },
    unitField({}, { year: 'year' }),
    { name: 'field', type: 'relationship', relationTo: 'fields', required: true, index: true, label: { vi: 'Lĩnh vực', en: 'Field' } },
    { name: 'year', type: 'number', required: true, index: true, min: 2000, max: 2100, label: { vi: 'Năm', en: 'Year' } },
    { name: 'decisionNumber', type: 'text', label: { vi: 'Số quyết định', en: 'Decision number' } },
    {
      name: 'issuedOn',
      type: 'date',
      label: { vi: 'Ngày ban hành', en: 'Issued on' },
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
    },
    {
      name: 'criteria',
      type: 'array',
      minRows: 1,
      label: { vi: 'Tiêu chí', en: 'Criteria' },
      ...arrayLabels({ vi: 'Tiêu chí', en: 'Criterion' }, { vi: 'Tiêu chí', en: 'Criteria' }),
      fields: [{ name: 'text', type: 'textarea', required: true, label: { vi: 'Nội dung tiêu chí', en: 'Criterion' } }],
    },
    { name: 'document', type: 'upload', relationTo: 'media', label: { vi: 'Văn bản kèm theo', en: 'Document' } },
  ],
}
