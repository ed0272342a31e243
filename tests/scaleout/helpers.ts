/** The scale-out test's processes, steps and HTTP calls (tests/scaleout/run.ts). */
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { root } from '../../scripts/lib/nextServer'
import { UPLOAD_TEMP_PREFIX, uploadTempParent } from '../../src/lib/storage/settings'
import { DEMO_PASSWORD } from '../../src/seed/accounts'

export const cleanups: (() => Promise<unknown> | unknown)[] = []
export const launched: { log: string[] }[] = []
export const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`

export async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t = Date.now()
  const result = await fn()
  console.log(`[scaleout] ✓ ${name} (${secs(Date.now() - t)})`)
  return result
}

export function launch(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess & { log: string[] } {
  const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] }) as ChildProcess & { log: string[] }
  child.log = []
  launched.push(child)
  const keep = (d: Buffer) =>
    child.log.push(
      ...d
        .toString()
        .split('\n')
        .filter(Boolean)
        .map((l) => `[${name}] ${l}`),
    )
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  cleanups.push(() => stop(child))
  return child
}

export async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)))
  child.kill(signal)
  return exited
}

export async function until<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T | undefined | false>,
): Promise<{ value: T; ms: number }> {
  const t = Date.now()
  for (;;) {
    const value = await probe().catch(() => undefined)
    if (value) return { value, ms: Date.now() - t }
    if (Date.now() - t > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

export async function api(base: string, method: string, p: string, opts: { token?: string; json?: unknown; body?: BodyInit } = {}) {
  const headers: Record<string, string> = {}
  if (opts.token) headers.Authorization = `JWT ${opts.token}`
  if (opts.json !== undefined) headers['Content-Type'] = 'application/json'
  const res = await fetch(base + p, { method, headers, body: opts.json !== undefined ? JSON.stringify(opts.json) : opts.body })
  return {
    status: res.status,
    body: res.headers.get('content-type')?.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer()),
  }
}

export async function login(base: string, email: string): Promise<string> {
  const res = await api(base, 'POST', '/api/users/login', { json: { email, password: DEMO_PASSWORD } })
  assert.ok(res.body.token, `login ${email}: ${res.status}`)
  return res.body.token
}

/** A multipart upload written in slices over ~2 s; `afterFirst` runs once the first slice is on the wire. */
export function slowUpload(base: string, token: string, file: Buffer, afterFirst: () => void): Promise<{ status: number; body: string }> {
  const boundary = `gs${Date.now()}`
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="dang-tai.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    file,
    Buffer.from(
      `\r\n--${boundary}\r\nContent-Disposition: form-data; ` +
        `name="_payload"\r\n\r\n${JSON.stringify({ visibility: 'private', alt: 'đang tải' })}\r\n--${boundary}--\r\n`,
    ),
  ])
  const url = new URL('/api/media', base)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: false,
        headers: {
          'Content-Type': `multipart/form-data; boundary=${boundary}`,
          'Content-Length': body.length,
          Authorization: `JWT ${token}`,
        },
      },
      (res) => {
        let text = ''
        res.on('data', (d) => (text += d))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
      },
    )
    req.on('error', reject)
    void (async () => {
      const slices = 8
      for (let i = 0; i < slices; i++) {
        req.write(body.subarray(Math.floor((i * body.length) / slices), Math.floor(((i + 1) * body.length) / slices)))
        if (i === 0) afterFirst()
        await new Promise((r) => setTimeout(r, 250))
      }
      req.end()
    })()
  })
}

/** Files waiting in the processes' upload folders (see ownUploadTempDir), for the servers' environment. */
export function waitingUploads(env: NodeJS.ProcessEnv): number {
  const parent = uploadTempParent(env)
  if (!fs.existsSync(parent)) return 0
  return fs
    .readdirSync(parent)
    .filter((d) => d.startsWith(UPLOAD_TEMP_PREFIX))
    .reduce((n, d) => n + fs.readdirSync(path.join(parent, d)).length, 0)
}
