/** A populated relation, or null when only an id came back (depth limit or no read access). */
export function populated<T extends { id: number | string }>(value: number | string | T | null | undefined): T | null {
  return value !== null && typeof value === 'object' ? value : null
}

/** Populated relations of a hasMany field. */
export function populatedList<T extends { id: number | string }>(values: (number | string | T)[] | null | undefined): T[] {
  return (values ?? []).filter((v): v is T => v !== null && typeof v === 'object')
}
