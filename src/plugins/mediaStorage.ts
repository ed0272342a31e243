import { s3Storage } from '@payloadcms/storage-s3'
import { APIError, type CollectionAfterChangeHook, type CollectionConfig, type Plugin } from 'payload'
import { Refusal } from '../lib/api/errors'
import { s3ClientConfig, s3Settings } from '../lib/storage/settings'

export const STORAGE_DOWN = 'Kho lưu tệp đang không nhận tệp mới, tệp chưa được lưu. Vui lòng thử lại sau ít phút.'

/**
 * The file goes to the bucket after the document is written (the plugin's afterChange), inside the request's
 * transaction: when the bucket refuses, the document is rolled back and the uploader gets a clear 503 instead of a
 * generic error (and no entry points at a file that is not there).
 *
 * The plugin's hook also clears `req.file` before saving the bucket's metadata, and Payload removes an upload's
 * temporary file only through `req.file` at the end of the operation: the file is put back so that happens, or
 * every upload would stay in the process's temporary folder.
 */
const refuseWhenStorageFails =
  (hook: CollectionAfterChangeHook): CollectionAfterChangeHook =>
  async (args) => {
    const upload = args.req.file
    try {
      return await hook(args)
    } catch (err) {
      if (err instanceof APIError) throw err
      args.req.payload.logger.error({ err, msg: 'upload storage refused a write' })
      throw new Refusal(STORAGE_DOWN, 503)
    } finally {
      if (upload && !args.req.file) args.req.file = upload
    }
  }

/**
 * Uploads go to S3-compatible object storage when S3_BUCKET is set (every web and worker process then sees the
 * same files), to MEDIA_DIR otherwise. The plugin's columns (prefix, _objectKey) are always in the schema, so one
 * set of migrations serves both. Files are always served by /api/media/file/<name> through the collection's read
 * access (disablePayloadAccessControl stays false): a private contest entry never gets a public bucket URL.
 */
export function mediaStorage(env: NodeJS.ProcessEnv = process.env): Plugin {
  const s3 = s3Settings(env)
  const plugin = s3Storage({
    enabled: Boolean(s3),
    alwaysInsertFields: true,
    // prefix '' puts files at the bucket's root and gives both modes the same prefix column
    collections: { media: { prefix: '' } },
    bucket: s3?.bucket ?? '',
    config: s3 ? s3ClientConfig(s3) : {},
  })
  if (!s3) return plugin
  return async (incoming) => {
    const config = await plugin(incoming)
    const wrap = (c: CollectionConfig): CollectionConfig =>
      c.slug === 'media' ? { ...c, hooks: { ...c.hooks, afterChange: (c.hooks?.afterChange ?? []).map(refuseWhenStorageFails) } } : c
    return { ...config, collections: config.collections?.map(wrap) }
  }
}
