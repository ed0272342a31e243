import type { CollectionConfig } from 'payload'
import { unitField } from '../../fields/unit'
import { adminGroups } from '@/lib/fieldHelpers'
import { collectionBasics } from '@/fields/collectionBasics'

/** Whole đồng, never negative. */
const wholeDong = (value: unknown): true | string => {
  if (value == null) return 'Cần nhập số tiền.'
  return (typeof value === 'number' && Number.isInteger(value) && value >= 0) || 'Số tiền phải là số nguyên đồng, không âm.'
}
const sensibleYear = (value: unknown): true | string =>
  (typeof value === 'number' && Number.isInteger(value) && value >= 2000 && value <= 2100) || 'Năm phải là số từ 2000 đến 2100.'

/** Budget for the exemplar work of a unit, per year and item (kinh phí thực hiện kế hoạch). */
export const BudgetLines: CollectionConfig = {
  ...collectionBasics('budgetLines', ['Dòng kinh phí', 'Budget line'], ['Kinh phí', 'Budget lines']),
  admin: { useAsTitle: 'item', defaultColumns: ['year', 'unit', 'item', 'amount'], group: adminGroups.exemplars },
  defaultSort: '-year',
  fields: [
    unitField({}, { year: 'year' }),
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', required: true, index: true, validate: sensibleYear, label: { vi: 'Năm', en: 'Year' } },
        {
          name: 'amount',
          type: 'number',
          required: true,
          min: 0,
          validate: wholeDong,
          label: { vi: 'Số tiền (đồng)', en: 'Amount (VND)' },
        },
      ],
    },
    { name: 'item', type: 'text', required: true, label: { vi: 'Nội dung chi', en: 'Item' } },
    { name: 'note', type: 'textarea', label: { vi: 'Ghi chú', en: 'Note' } },
  ],
}
