import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import { s3ClientConfig, s3Settings } from '../../src/lib/storage/settings'

export interface LocalS3 {
  env: Record<string, string>
  client: S3Client
  bucket: string
  keys: () => Promise<string[]>
  read: (key: string) => Promise<Buffer>
  /** stops answering (a storage outage); close() still cleans up */
  stop: () => Promise<void>
  /** answers again, on the same port with the same objects */
  start: () => Promise<void>
  close: () => Promise<void>
}

/** A real S3-compatible server (s3rver) on a free loopback port, keeping its objects in a temporary folder. */
export async function startLocalS3(bucket = 'guong-sang-test'): Promise<LocalS3> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-s3-'))
  const serve = (port: number) =>
    new S3rver({ address: '127.0.0.1', port, silent: true, directory: dir, configureBuckets: [{ name: bucket, configs: [] }] })
  let server = serve(0)
  const { port } = (await server.run()) as { port: number }
  let running = true
  const env = {
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_BUCKET: bucket,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_REGION: 'us-east-1',
  }
  const client = new S3Client(s3ClientConfig(s3Settings(env)!))
  return {
    env,
    client,
    bucket,
    keys: async () => ((await client.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((o) => o.Key!).sort(),
    read: async (key) =>
      Buffer.from(await (await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray()),
    stop: async () => {
      if (running) await server.close()
      running = false
    },
    start: async () => {
      if (running) return
      server = serve(port)
      await server.run()
      running = true
    },
    close: async () => {
      client.destroy()
      if (running) await server.close()
      running = false
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
