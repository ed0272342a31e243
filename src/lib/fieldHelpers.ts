import type { SelectField } from 'payload'
/** Select options from a vi/en label map. */
export { optionsFrom } from './options'

export const dayPicker = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }
export const dayTimePicker = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' } }

/**
 * For date-and-time fields: entered and shown in Vietnam time whatever the browser's zone (admin.timezones in
 * payload.config.ts offers only Asia/Ho_Chi_Minh). The stored zone has that default, so API writers need not send it.
 */
export const vietnamTime = {
  override: ({ baseField }: { baseField: SelectField }): SelectField => ({
    ...baseField,
    required: false,
    label: { vi: 'Múi giờ', en: 'Time zone' },
  }),
}

const group = (vi: string, en: string) => ({ vi, en })

/** The admin sidebar's groups of collections. */
export const adminGroups = {
  exemplars: group('Điển hình tiên tiến', 'Exemplars'),
  columns: group('Chuyên mục', 'Columns'),
  contest: group('Cuộc thi', 'Contest'),
  plan: group('Kế hoạch', 'Plan'),
  organisation: group('Tổ chức', 'Organisation'),
  system: group('Hệ thống', 'System'),
}
