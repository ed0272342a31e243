/**
 * A radio piece of ~30 MB on the production build: the connection drops after the first 8 MB piece, the
 * journalist reloads the page, picks the same file again and the upload goes on from what the server already
 * has; the entry is then submitted with the recording.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Request, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RESUMABLE_CHUNK_BYTES } from '../../src/domain/media/resumable'
import { apiAuth, launchBrowser, vietnameseContext } from '../helpers/browser'
import { registerJournalist } from '../helpers/siteJourneys'
import { wavFile } from '../helpers/wav'

let browser: Browser
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gs-e2e-upload-'))
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** A valid 8-bit mono PCM WAV of `bytes` bytes with a varying signal. */
function writeWav(file: string, bytes: number): number {
  const b = wavFile(bytes - 44, (i) => 128 + Math.round(90 * Math.sin(i / 11) + 20 * Math.sin(i / 3)))
  fs.writeFileSync(file, b)
  return b.length
}

const isTus = (url: URL) => url.pathname.startsWith('/api/uploads/tus')

describe('a journalist sending a large recording', () => {
  it('resumes the upload after the connection drops and the page is reloaded, then submits the entry', async () => {
    const file = path.join(dir, 'phong-su-nguoi-giu-rung.wav')
    const size = writeWav(file, 30 * 1024 * 1024)
    const page = await (await vietnameseContext(browser)).newPage()
    const email = `tacgia.tailen.${Date.now()}@example.vn`
    const password = 'MatKhau@2026'
    await registerJournalist(page, 'Lê Văn Rừng', email, password)
    await page
      .getByRole('main')
      .getByRole('link', { name: /Đăng nhập/ })
      .first()
      .click()
    await page.getByLabel('Thư điện tử').fill(email)
    await page.getByLabel('Mật khẩu').fill(password)
    await page.getByRole('button', { name: /Đăng nhập/ }).click()
    await page.waitForURL(/\/tai-khoan$/, { timeout: 60_000 })

    const thisYear = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date())
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Cuộc thi' }).click()
    await page
      .getByRole('main')
      .getByRole('link', { name: new RegExp(`năm ${thisYear}$`) })
      .first()
      .click()
    await page.getByRole('link', { name: 'Gửi tác phẩm' }).first().click()
    const title = `Người giữ rừng Tà Đùng ${Date.now()}`
    const fillEntry = async () => {
      await page.getByLabel('Tên tác phẩm').fill(title)
      await page.getByLabel('Thể loại').selectOption({ label: 'Phát thanh' })
    }
    await fillEntry()

    // first visit: the first piece arrives, then the network drops every further piece
    let patches = 0
    let dropped!: () => void
    const droppedOnce = new Promise<void>((resolve) => (dropped = resolve))
    const cut = async (route: Route) => {
      if (route.request().method() !== 'PATCH') return route.continue()
      if (++patches === 1) return route.continue()
      dropped()
      return route.abort('internetdisconnected')
    }
    await page.route(isTus, cut)
    const firstPiece = page.waitForResponse((r) => isTus(new URL(r.url())) && r.request().method() === 'PATCH' && r.status() === 204, {
      timeout: 120_000,
    })
    await page.getByLabel('Tệp tác phẩm').setInputFiles(file)
    expect((await firstPiece).headers()['upload-offset']).toBe(String(RESUMABLE_CHUNK_BYTES))
    await page
      .getByText(/Đang tải lên… \d+ %/)
      .first()
      .waitFor({ timeout: 30_000 })
    await droppedOnce
    // the browser remembers where the upload lives, under the file's fingerprint
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tus::')))).toHaveLength(1)

    // second visit: the form offers to continue; the same file goes on from the server's offset
    await page.reload()
    // the network is back only now: the old page's retries never reached the server
    await page.unroute(isTus, cut)
    const paused = page.getByText('Tiếp tục tải lên phong-su-nguoi-giu-rung.wav')
    await paused.first().waitFor({ timeout: 30_000 })
    const percentBefore = Math.floor((RESUMABLE_CHUNK_BYTES / size) * 100)
    expect(await page.locator('.upload.paused').first().innerText()).toContain(`Tệp này mới tải lên được ${percentBefore} %`)

    const sent: { method: string; path: string; offset: number | null }[] = []
    const onRequest = (r: Request) => {
      const url = new URL(r.url())
      if (isTus(url))
        sent.push({
          method: r.method(),
          path: url.pathname,
          offset: r.headers()['upload-offset'] != null ? Number(r.headers()['upload-offset']) : null,
        })
    }
    page.on('request', onRequest)
    const head = page.waitForResponse((r) => isTus(new URL(r.url())) && r.request().method() === 'HEAD' && r.status() === 200, {
      timeout: 60_000,
    })
    await fillEntry()
    await page.getByLabel('Tệp tác phẩm').setInputFiles(file)
    const resumedFrom = Number((await head).headers()['upload-offset'])
    expect(resumedFrom).toBe(RESUMABLE_CHUNK_BYTES)
    await page.getByRole('button', { name: /^Bỏ tệp phong-su-nguoi-giu-rung/ }).waitFor({ timeout: 180_000 })
    page.off('request', onRequest)

    // no new upload was started and no byte before the offset was sent again
    expect(sent.filter((r) => r.method === 'POST').map((r) => r.path.endsWith('/hoan-tat'))).toEqual([true])
    const pieces = sent.filter((r) => r.method === 'PATCH')
    expect(pieces[0].offset).toBe(resumedFrom)
    expect(Math.min(...pieces.map((p) => p.offset!))).toBe(resumedFrom)
    expect(size - resumedFrom).toBeLessThan(size)
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tus::')))).toEqual([])

    await page.getByLabel('Cam kết tác phẩm là của tác giả, không sao chép').check()
    await page.getByRole('button', { name: 'Nộp bài' }).click()
    const code = (await page.locator('.entry-code').first().innerText({ timeout: 60_000 })).trim()
    expect(code).toMatch(/^GS\d{4}-PT-\d{4}$/)

    const auth = await apiAuth(page, email, password)
    const res = await page.request.get(`/api/entries?where[code][equals]=${encodeURIComponent(code)}&depth=1`, auth)
    const entry = (await res.json()).docs[0]
    expect(entry.status).toBe('submitted')
    expect(entry.files).toHaveLength(1)
    expect(entry.files[0]).toMatchObject({ mimeType: 'audio/wav', filesize: size, visibility: 'private' })
  })
})
