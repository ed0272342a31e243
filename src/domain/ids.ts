/**
 * The id of a relationship value, whether it arrived populated ({ id }) or as the id itself; null when empty.
 * The one id helper: `Number(refId(x))` where a number is needed.
 */
export const refId = (ref: unknown): number | string | null =>
  ref == null ? null : typeof ref === 'object' ? ((ref as { id: number | string }).id ?? null) : (ref as number | string)
