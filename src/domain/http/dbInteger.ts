/**
 * The largest value of PostgreSQL's `integer`, the type of every document id here and the largest page or limit
 * taken: a larger number (or 1e40, which is not one PostgreSQL can read) ended in a database error.
 */
export const MAX_DB_INTEGER = 2_147_483_647
