import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

type Env = Record<string, string | undefined>

/** Where uploads live without object storage: MEDIA_DIR, or the project's media/ folder. */
export const mediaDir = (env: Env = process.env) => env.MEDIA_DIR || path.resolve(dirname, '../../../media')

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
