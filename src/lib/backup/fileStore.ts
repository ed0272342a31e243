import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Readable } from 'node:stream'
import { fileTypeFromFile } from 'file-type'
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { mediaDir, s3ClientConfig, s3Settings, type S3Settings } from '../storage/settings'

/** Where uploads are kept, seen as a flat list of keys: a local folder or a bucket. */
export interface FileStore {
  describe: string
  keys: () => Promise<string[]>
  /** copies one stored file to a local path; returns its content type when the store keeps one */
  download: (key: string, to: string) => Promise<string | undefined>
  /** stores a local file under key */
  upload: (key: string, from: string, contentType?: string) => Promise<void>
}

async function walk(dir: string, base = dir): Promise<string[]> {
  const entries = await fsp.readdir(dir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return []
    throw err
  })
  const out: string[] = []
  for (const e of entries) {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...(await walk(full, base)))
    else if (e.isFile() && !e.name.startsWith('.health-')) out.push(path.relative(base, full).split(path.sep).join('/'))
  }
  return out.sort()
}

export function localStore(dir: string): FileStore {
  return {
    describe: dir,
    keys: () => walk(dir),
    download: async (key, to) => {
      await fsp.mkdir(path.dirname(to), { recursive: true })
      await fsp.copyFile(path.join(dir, key), to)
      return undefined
    },
    upload: async (key, from) => {
      const target = path.join(dir, key)
      await fsp.mkdir(path.dirname(target), { recursive: true })
      await fsp.copyFile(from, target)
    },
  }
}

export function s3Store(settings: S3Settings): FileStore {
  const client = new S3Client(s3ClientConfig(settings))
  const Bucket = settings.bucket
  return {
    describe: `s3://${Bucket}`,
    keys: async () => {
      const keys: string[] = []
      let ContinuationToken: string | undefined
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, ContinuationToken }))
        for (const o of page.Contents ?? []) if (o.Key && !o.Key.startsWith('.health/')) keys.push(o.Key)
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (ContinuationToken)
      return keys.sort()
    },
    download: async (key, to) => {
      await fsp.mkdir(path.dirname(to), { recursive: true })
      const res = await client.send(new GetObjectCommand({ Bucket, Key: key }))
      await pipeline(res.Body as Readable, fs.createWriteStream(to))
      return res.ContentType
    },
    upload: async (key, from, contentType) => {
      const { size } = await fsp.stat(from)
      // the download route answers with the object's own content type
      const ContentType = contentType ?? (await fileTypeFromFile(from))?.mime ?? 'application/octet-stream'
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: fs.createReadStream(from), ContentLength: size, ContentType }))
    },
  }
}

/** The store this process's configuration points at (S3_* or MEDIA_DIR). */
export function configuredStore(env: Record<string, string | undefined> = process.env): FileStore {
  const s3 = s3Settings(env)
  return s3 ? s3Store(s3) : localStore(mediaDir(env))
}
