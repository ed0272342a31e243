/** A text in both admin languages. */
export type Bilingual = { vi: string; en: string }

/** One row of a label table: the Vietnamese text, then the English. */
type LabelRow = readonly [vi: string, en: string]

/** A label map from a table of `value: [Vietnamese, English]` rows, keeping the table's order. */
export function bilingualLabels<K extends string>(rows: Record<K, LabelRow>): Record<K, Bilingual> {
  const labels = {} as Record<K, Bilingual>
  for (const value of Object.keys(rows) as K[]) {
    const [vi, en] = rows[value]
    labels[value] = { vi, en }
  }
  return labels
}
