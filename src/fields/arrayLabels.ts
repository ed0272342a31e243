import type { ArrayField } from 'payload'
import type { ArrayRowLabelProps } from '../components/admin/ArrayRowLabel'

type Text = { vi: string; en: string }

/**
 * Vietnamese words for an array's rows and its "Thêm" button, and optionally a row title taken from the row's own
 * fields: without them Payload shows the field name in English ("Co Author 01", "Thêm: Criterion").
 */
export function arrayLabels(
  singular: Text,
  plural: Text,
  rowLabel?: Omit<ArrayRowLabelProps, 'fallback'>,
): Pick<ArrayField, 'labels' | 'admin'> {
  return {
    labels: { singular, plural },
    ...(rowLabel
      ? {
          admin: {
            components: {
              RowLabel: { path: '/src/components/admin/ArrayRowLabel#ArrayRowLabel', clientProps: { ...rowLabel, fallback: singular } },
            },
          },
        }
      : {}),
  }
}

/**
 * The same for the usual case, where one Vietnamese word names a row and many rows:
 * `arrayRowNames('Giải', ['Prize', 'Prizes'])`.
 */
export function arrayRowNames(
  vi: string,
  [singular, plural]: [singular: string, plural: string],
  rowLabel?: Omit<ArrayRowLabelProps, 'fallback'>,
): Pick<ArrayField, 'labels' | 'admin'> {
  return arrayLabels({ vi, en: singular }, { vi, en: plural }, rowLabel)
}
