/**
 * Each web process keeps its waiting uploads in a folder of its own: two processes of one machine never share the
 * folder where Payload names temporary files by a per-process counter and the millisecond.
 */
import { execFile, spawn } from 'node:child_process'
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
async function folderOfAnotherProcess(env: Record<string, string> = {}, end = ''): Promise<string> {
  const script = `
    const { ownUploadTempDir } = await import(${JSON.stringify(settings)})
    const fs = await import('node:fs')
    const dir = ownUploadTempDir()
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(dir + '/tmp-1-1', 'a waiting upload')
    fs.writeSync(1, dir + '\\n')
    ${end}`
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

  it('removes what killed processes of this machine left, and nothing of a running process or of another machine', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-upload-parent-'))
    const running = spawn('sleep', ['30'])
    try {
      // a process killed outright runs no exit listener: its folder and its waiting upload stay
      const killed = await folderOfAnotherProcess({ UPLOAD_TMP_DIR: parent }, 'process.kill(process.pid, "SIGKILL")').catch(
        (err: { stdout: string }) => err.stdout.trim(),
      )
      expect(fs.existsSync(path.join(killed, 'tmp-1-1'))).toBe(true)
      const host = path.basename(killed).split('-').slice(1, -2).join('-')
      const ofRunning = path.join(parent, `upload-${host}-${running.pid}-0123abcd`)
      const ofOtherMachine = path.join(parent, `upload-may-khac-${running.pid! + 1}-0123abcd`)
      for (const dir of [ofRunning, ofOtherMachine]) fs.mkdirSync(dir)

      const mine = ownUploadTempDir({ UPLOAD_TMP_DIR: parent })
      expect(fs.existsSync(killed)).toBe(false)
      expect(fs.existsSync(ofRunning)).toBe(true)
      expect(fs.existsSync(ofOtherMachine)).toBe(true)
      expect(path.basename(mine)).toMatch(new RegExp(`^upload-${host}-${process.pid}-[0-9a-f]{8}$`))
    } finally {
      running.kill()
      fs.rmSync(parent, { recursive: true, force: true })
    }
  })

  it('differs between two calls in one process, as when the config is loaded by two bundles', () => {
    expect(ownUploadTempDir({})).not.toBe(ownUploadTempDir({}))
  })
})
