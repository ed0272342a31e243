import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * Changes nothing: the migrations before it were written side by side, each against the snapshot it started from.
 * This one carries the snapshot of the whole schema (its .json), so the next `migrate:create` compares against
 * everything they made together.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
