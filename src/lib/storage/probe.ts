import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { DeleteObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { mediaDir, s3ClientConfig, s3Settings, type S3Settings } from './settings'

/** Writes and removes a small file in a local folder: the folder exists (or can be made) and takes writes. */
export const localStorageProbe = (dir: string) => async () => {
  await fs.mkdir(dir, { recursive: true })
  const file = path.join(dir, `.health-${process.pid}-${randomUUID()}`)
  await fs.writeFile(file, 'ok')
  await fs.rm(file, { force: true })
}

let client: { key: string; s3: S3Client } | undefined

/** Same for a bucket: one small object put and deleted. */
export const s3StorageProbe = (settings: S3Settings) => async () => {
  const key = JSON.stringify(settings)
  if (client?.key !== key) client = { key, s3: new S3Client(s3ClientConfig(settings)) }
  const name = `.health/${process.pid}-${randomUUID()}`
  await client.s3.send(new PutObjectCommand({ Bucket: settings.bucket, Key: name, Body: 'ok' }))
  await client.s3.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: name }))
}

/** The probe for the storage this process is configured with. */
export function configuredStorageProbe(env: Record<string, string | undefined> = process.env): () => Promise<void> {
  const s3 = s3Settings(env)
  return s3 ? s3StorageProbe(s3) : localStorageProbe(mediaDir(env))
}
