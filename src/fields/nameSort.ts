import type { Field } from 'payload'
import { fieldAccessFor } from '../access/table'

/**
 * The key lists of people are ordered by (given name first, see domain/people/nameOrder.ts), kept by the server from
 * the name on every write. The column is collated with ICU Vietnamese in its migration, so `sort: 'nameSort'`
 * orders by Vietnamese rules.
 */
export function nameSortField(collection: 'exemplars' | 'users', key: (data: Record<string, unknown>) => string): Field {
  return {
    name: 'nameSort',
    type: 'text',
    index: true,
    access: fieldAccessFor(collection, 'nameSort'),
    label: { vi: 'Khóa sắp xếp theo tên', en: 'Name sort key' },
    admin: { hidden: true },
    hooks: {
      // the whole document (new values over the stored ones), so a change of kind alone also refreshes the key
      beforeChange: [({ data, originalDoc }) => key({ ...(originalDoc ?? {}), ...(data ?? {}) })],
    },
  }
}
