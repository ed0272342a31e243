/** The numeric id of a relationship value, whether it arrived populated ({ id }) or as the id itself. */
export const idOf = (value: unknown): number => Number(typeof value === 'object' && value ? (value as { id: number }).id : value)
