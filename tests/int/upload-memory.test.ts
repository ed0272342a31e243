/**
 * An upload that reached the server as a temporary file is checked and stored without being read whole into
 * memory: the server's memory under a surge of submissions must not grow with the size of the files.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeUser } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

const MB = 1024 * 1024
let payload: Payload
let dir: string

beforeAll(async () => {
  payload = await testPayload()
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gs-upload-memory-'))
}, 180_000)
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

/** A well-formed PDF of `size` bytes whose middle is a hole in the file (it takes no disk). */
async function sparsePdf(name: string, size: number, tail = 'xref\n0 1\ntrailer\n<<>>\nstartxref\n9\n%%EOF\n'): Promise<string> {
  const file = path.join(dir, name)
  const handle = await fs.open(file, 'w')
  try {
    await handle.write(Buffer.from('%PDF-1.7\n%âãÏÓ\n', 'latin1'), 0, undefined, 0)
    await handle.truncate(size)
    await handle.write(Buffer.from(tail, 'latin1'), 0, undefined, size - Buffer.byteLength(tail, 'latin1'))
  } finally {
    await handle.close()
  }
  return file
}

/** The most memory held in buffers above the starting level while `work` runs, sampled on every turn of the loop. */
async function peakBufferGrowth(work: () => Promise<unknown>): Promise<number> {
  const start = process.memoryUsage().arrayBuffers
  let peak = start
  let running = true
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().arrayBuffers)
    if (running) setImmediate(sample)
  }
  sample()
  try {
    await work()
  } finally {
    running = false
  }
  return peak - start
}

const uploadOf = (file: string, size: number) => ({
  name: path.basename(file),
  data: Buffer.alloc(0),
  mimetype: 'application/pdf',
  size,
  tempFilePath: file,
})

describe('uploads kept in temporary files', () => {
  it('a 45 MB PDF is checked and stored while the buffers in memory grow by far less than the file', async () => {
    const owner = await makeUser(payload, 'journalist')
    const size = 45 * MB
    const file = await sparsePdf('bai-du-thi.pdf', size)
    let doc: { id: number | string; filesize?: number | null } | undefined
    const growth = await peakBufferGrowth(async () => {
      doc = await payload.create({
        collection: 'media',
        data: { visibility: 'private', alt: 'Bài dự thi' },
        file: uploadOf(file, size),
        user: owner,
        overrideAccess: false,
        depth: 0,
      })
    })
    expect(doc?.filesize).toBe(size)
    expect(growth).toBeLessThan(8 * MB)
  })

  it('a PDF whose end is cut off is still refused', async () => {
    const owner = await makeUser(payload, 'journalist')
    const size = 3 * MB
    const file = await sparsePdf('bi-cat.pdf', size, 'ket thuc giua chung')
    await expect(
      payload.create({
        collection: 'media',
        data: { visibility: 'private', alt: 'Bị cắt' },
        file: uploadOf(file, size),
        user: owner,
        overrideAccess: false,
        depth: 0,
      }),
    ).rejects.toMatchObject({ status: 400 })
  })
})
