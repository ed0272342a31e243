import path from 'node:path'
import { DEFAULT_TUS_MAX_BYTES } from '../../domain/media/resumable'

type Env = Record<string, string | undefined>

/** Where the route is mounted (the Next route handler under src/app/(payload)/api/uploads/tus). */
export const TUS_PATH = '/api/uploads/tus'

/** Where partial uploads wait: TUS_DIR, or .data/tus under the working directory. Every web process must see the same folder. */
export const tusDir = (env: Env = process.env) => path.resolve(env.TUS_DIR || path.join(process.cwd(), '.data', 'tus'))

/** The largest resumable upload in bytes: TUS_MAX_BYTES, 1 GB by default. */
export function tusMaxBytes(env: Env = process.env): number {
  const n = Number(env.TUS_MAX_BYTES)
  return Number.isSafeInteger(n) && n > 0 ? n : DEFAULT_TUS_MAX_BYTES
}

/** Unfinished uploads older than this are removed (a journalist has a week to resume). */
export const TUS_EXPIRY_MS = 7 * 24 * 60 * 60 * 1000
