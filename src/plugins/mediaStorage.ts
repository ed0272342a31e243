import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'
import { s3ClientConfig, s3Settings } from '../lib/storage/settings'

/**
 * Uploads go to S3-compatible object storage when S3_BUCKET is set (every web and worker process then sees the
 * same files), to MEDIA_DIR otherwise. The plugin's columns (prefix, _objectKey) are always in the schema, so one
 * set of migrations serves both. Files are always served by /api/media/file/<name> through the collection's read
 * access (disablePayloadAccessControl stays false): a private contest entry never gets a public bucket URL.
 */
export function mediaStorage(env: NodeJS.ProcessEnv = process.env): Plugin {
  const s3 = s3Settings(env)
  return s3Storage({
    enabled: Boolean(s3),
    alwaysInsertFields: true,
    // prefix '' puts files at the bucket's root and gives both modes the same prefix column
    collections: { media: { prefix: '' } },
    bucket: s3?.bucket ?? '',
    config: s3 ? s3ClientConfig(s3) : {},
  })
}
