/** Vietnamese text arrives in NFC or NFD depending on the keyboard: store and compare NFC. */
export const nfc = (value: string): string => value.normalize('NFC')

/** Lower-case, without diacritics, đ → d: the form used for slugs and diacritic-insensitive matching. */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
}
