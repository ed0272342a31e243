/** Turns a label map into Payload select options with vi/en labels. */
export function optionsFrom<K extends string>(labels: Record<K, { vi: string; en: string }>) {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))
}
