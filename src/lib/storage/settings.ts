import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

type Env = Record<string, string | undefined>

/** Where uploads live without object storage: MEDIA_DIR, or the project's media/ folder. */
export const mediaDir = (env: Env = process.env) => env.MEDIA_DIR || path.resolve(dirname, '../../../media')

/** Where every process's upload folder is made, and how each one's name starts. */
export const uploadTempParent = (env: Env = process.env) => path.resolve(env.UPLOAD_TMP_DIR || 'tmp')
export const UPLOAD_TEMP_PREFIX = 'upload-'

/**
 * A folder of this process's own where multipart uploads wait while they are checked, removed when the process
 * exits. Payload names each temporary file after a per-process counter and the current millisecond, so two web
 * processes of one machine (README "Triển khai") sharing a folder can pick the same name at the same moment and
 * write into each other's upload. UPLOAD_TMP_DIR moves the parent (default: tmp/ in the working directory, on the
 * app's disk rather than a /tmp that may live in memory). Folders that processes of this machine left when they were
 * killed are removed on the way.
 */
export function ownUploadTempDir(env: Env = process.env): string {
  const parent = uploadTempParent(env)
  removeFoldersOfEndedProcesses(parent)
  const dir = path.join(parent, `${UPLOAD_TEMP_PREFIX}${thisHost()}-${process.pid}-${randomBytes(4).toString('hex')}`)
  removedOnExit().add(dir)
  return dir
}

// the host in the name: processes of other machines or containers sharing the parent have pids this one cannot see
const thisHost = () => os.hostname().replace(/[^A-Za-z0-9.]/g, '_')
const FOLDER_NAME = new RegExp(`^${UPLOAD_TEMP_PREFIX}(.+)-(\\d+)-[0-9a-f]{8}$`)

/** A process killed (or crashed) never ran its exit listener: its folder, and the uploads in it, would stay for good. */
function removeFoldersOfEndedProcesses(parent: string): void {
  let names: string[]
  try {
    names = fs.readdirSync(parent)
  } catch {
    return // no parent yet: nothing was left
  }
  for (const name of names) {
    const [, host, pid] = FOLDER_NAME.exec(name) ?? []
    if (host !== thisHost() || Number(pid) === process.pid || isRunning(Number(pid))) continue
    fs.rmSync(path.join(parent, name), { recursive: true, force: true })
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: it runs under another user
    return (err as NodeJS.ErrnoException).code !== 'ESRCH'
  }
}

// one exit listener per process, however many times this module is loaded (tests, bundles)
const REMOVED_ON_EXIT = Symbol.for('guong-sang.uploadTempDirs')

function removedOnExit(): Set<string> {
  const holder = globalThis as { [REMOVED_ON_EXIT]?: Set<string> }
  if (!holder[REMOVED_ON_EXIT]) {
    const dirs = (holder[REMOVED_ON_EXIT] = new Set<string>())
    process.once('exit', () => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))
  }
  return holder[REMOVED_ON_EXIT]
}

export interface S3Settings {
  endpoint?: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
  region: string
}

const S3_REQUIRED = ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const

/**
 * S3-compatible object storage when S3_BUCKET is set (every process of a deployment must see the same files);
 * null keeps uploads on the local disk. A half-filled configuration stops the start instead of writing locally.
 */
export function s3Settings(env: Env = process.env): S3Settings | null {
  if (!env.S3_BUCKET && !env.S3_ENDPOINT) return null
  const missing = S3_REQUIRED.filter((name) => !env[name])
  if (missing.length) throw new Error(`Cấu hình kho tệp S3 thiếu ${missing.join(', ')}. / S3 storage is missing ${missing.join(', ')}.`)
  return {
    endpoint: env.S3_ENDPOINT || undefined,
    bucket: env.S3_BUCKET!,
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    region: env.S3_REGION || 'us-east-1',
  }
}

/**
 * Client options for @aws-sdk/client-s3. A custom endpoint (MinIO, a provider's storage, the test server) gets
 * path-style addressing, and checksums only where S3 requires them: many S3-compatible servers do not understand
 * the SDK's default streamed CRC32 trailers.
 */
export const s3ClientConfig = (s: S3Settings) => ({
  endpoint: s.endpoint,
  region: s.region,
  forcePathStyle: Boolean(s.endpoint),
  credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey },
  requestChecksumCalculation: 'WHEN_REQUIRED' as const,
  responseChecksumValidation: 'WHEN_REQUIRED' as const,
})
