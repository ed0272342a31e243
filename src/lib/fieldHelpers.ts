/** Select options from a vi/en label map. */
export { optionsFrom } from './options'

export const dayPicker = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }
export const dayTimePicker = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' } }
