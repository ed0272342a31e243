import type { Field } from 'payload'

const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } as const

/** Valid from / to (calendar days in Vietnam, both inclusive) for records that live and end with the unit tree. */
export function validityFields(): Field[] {
  return [
    {
      type: 'row',
      fields: [
        { name: 'validFrom', type: 'date', index: true, label: { vi: 'Hoạt động từ', en: 'Valid from' }, admin: { date: dayOnly } },
        {
          name: 'validTo',
          type: 'date',
          index: true,
          label: { vi: 'Hoạt động đến', en: 'Valid to' },
          admin: { date: dayOnly, description: { vi: 'Để trống: còn hoạt động.', en: 'Empty: still active.' } },
        },
      ],
    },
  ]
}
