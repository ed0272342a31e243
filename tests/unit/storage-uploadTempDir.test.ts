/**
 * Each web process keeps its waiting uploads in a folder of its own: two processes of one machine never share the
 * folder where Payload names temporary files by a per-process counter and the millisecond.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { ownUploadTempDir } from '@/lib/storage/settings'
import { TS_NODE_ARGS } from '../../scripts/lib/tsNode'

const run = promisify(execFile)
const settings = path.resolve('src/lib/storage/settings.ts')

/** What a separate Node process gets for its folder; it writes a waiting file there and exits. */
async function folderOfAnotherProcess(env: Record<string, string> = {}): Promise<string> {
  const script = `
    const { ownUploadTempDir } = await import(${JSON.stringify(settings)})
    const fs = await import('node:fs')
    const dir = ownUploadTempDir()
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(dir + '/tmp-1-1', 'a waiting upload')
    console.log(dir)`
  const { stdout } = await run(process.execPath, [...TS_NODE_ARGS, '--input-type=module', '-e', script], {
    env: { ...process.env, UPLOAD_TMP_DIR: '', ...env },
  })
  return stdout.trim()
}

describe('ownUploadTempDir', () => {
  it('gives two processes started at the same moment different folders, under tmp/ of the working directory', async () => {
    const [a, b] = await Promise.all([folderOfAnotherProcess(), folderOfAnotherProcess()])
    expect(a).not.toBe(b)
    for (const dir of [a, b]) expect(path.dirname(dir)).toBe(path.resolve('tmp'))
  })

  it('removes its folder, and what was left in it, when the process exits', async () => {
    const dir = await folderOfAnotherProcess()
    expect(fs.existsSync(dir)).toBe(false)
  })

  it('puts the folders under UPLOAD_TMP_DIR when it is set', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-upload-parent-'))
    try {
      const dir = await folderOfAnotherProcess({ UPLOAD_TMP_DIR: parent })
      expect(path.dirname(dir)).toBe(parent)
      expect(fs.readdirSync(parent)).toEqual([])
    } finally {
      fs.rmSync(parent, { recursive: true, force: true })
    }
  })

  it('differs between two calls in one process, as when the config is loaded by two bundles', () => {
    expect(ownUploadTempDir({})).not.toBe(ownUploadTempDir({}))
  })
})
