import fs from 'node:fs'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueFormToken } from '../../src/domain/nominations/formToken'
import { newPdf, pdfToBuffer } from '../../src/lib/pdf/document'
import { makeUser, PASSWORD, uniq } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

/**
 * Every multipart request leaves nothing in this process's upload folder once it is answered: stored, refused by a
 * check of ours, or sent with files under other field names. A file left there would stay until the process exits.
 */
let payload: Payload
let tempDir: string
const tokens: Record<string, string> = {}

const waiting = () => (fs.existsSync(tempDir) ? fs.readdirSync(tempDir) : [])
/** The files `requests` leave in the upload folder. */
async function leftBy(requests: () => Promise<void>): Promise<string[]> {
  const before = new Set(waiting())
  await requests()
  return waiting().filter((name) => !before.has(name))
}
const ip = () => `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`
const png = () =>
  sharp({ create: { width: 32, height: 32, channels: 3, background: '#c0392b' } })
    .png()
    .toBuffer()

function nominationForm(file: Blob, name: string, extra: Record<string, unknown> = {}): FormData {
  const form = new FormData()
  const fields = {
    nomineeName: `Ông Phạm Văn Lành ${uniq()}`,
    achievement: 'Hai mươi năm chèo đò miễn phí đưa học sinh qua sông mỗi ngày.',
    place: 'Bến đò thôn Tân Mỹ',
    nominatorName: 'Nguyễn Thị Hoa',
    nominatorEmail: `${uniq('gioithieu')}@example.vn`,
    website: '',
    formToken: issueFormToken(payload.secret, Date.now() - 10_000),
    ...extra,
  }
  form.append('_payload', JSON.stringify(fields))
  form.append('file', file, name)
  return form
}
const nominate = (form: FormData) => rest('POST', '/nominations/submit', { body: form, headers: { 'X-Forwarded-For': ip() } })
const importSheet = (form: FormData) => rest('POST', '/exemplars/import', { token: tokens.organizer, body: form })
const withFile = (field: string, file: Blob, name: string, form = new FormData()) => (form.append(field, file, name), form)

beforeAll(async () => {
  payload = await testPayload()
  tempDir = payload.config.upload.tempFileDir as string
  expect(tempDir).toBeTruthy()
  tokens.organizer = await login((await makeUser(payload, 'organizer')).email, PASSWORD)
  tokens.journalist = await login((await makeUser(payload, 'journalist')).email, PASSWORD)
})
afterAll(() => payload.destroy())

describe('temporary upload files', () => {
  it('a nomination with a photo is stored, and its upload leaves nothing behind', async () => {
    const left = await leftBy(async () => {
      const res = await nominate(nominationForm(new Blob([new Uint8Array(await png())], { type: 'image/png' }), 'anh.png'))
      expect(res.status).toBe(201)
      const saved = await payload.findByID({ collection: 'nominations', id: res.body.id, depth: 1, overrideAccess: true })
      expect((saved.photo as { mimeType?: string }).mimeType).toMatch(/^image\//)
    })
    expect(left).toEqual([])
  })

  it('a nomination refused for its attachment or its form leaves nothing behind', async () => {
    const left = await leftBy(async () => {
      const notImage = await nominate(nominationForm(new Blob(['%PDF-1.4 không phải ảnh']), 'anh.png'))
      expect(notImage.status).toBe(400)
      expect(notImage.body.errors[0].message).toContain('tệp ảnh')
      const photo = new Blob([new Uint8Array(await png())], { type: 'image/png' })
      const badForm = await nominate(nominationForm(photo, 'anh.png', { formToken: 'gia-mao' }))
      expect(badForm.status).toBe(400)
    })
    expect(left).toEqual([])
  })

  it('an import leaves nothing behind, refused or not, with extra files under other names', async () => {
    const sheet = new Blob(['\uFEFFTên,Loại\nAnh A,Cá nhân\n'], { type: 'text/csv' })
    const left = await leftBy(async () => {
      const refused = await importSheet(withFile('phu', sheet, 'phu.csv', withFile('file', sheet, 'thieu-cot.csv')))
      expect(refused.status).toBe(400)
      const notSheet = await importSheet(withFile('file', new Blob([new Uint8Array(await png())]), 'anh.png'))
      expect(notSheet.status).toBe(400)
      const twoUnderFile = await importSheet(withFile('file', sheet, 'b.csv', withFile('file', sheet, 'a.csv')))
      expect(twoUnderFile.status).toBe(400)
    })
    expect(left).toEqual([])
  })

  it('a collection request with files, stored, refused for its content or for its sender, leaves nothing behind', async () => {
    const doc = newPdf()
    doc.font('regular').text('Bài dự thi')
    const pdf = await pdfToBuffer(doc)
    const left = await leftBy(async () => {
      const refusedForm = withFile('file', new Blob(['không phải tệp PDF']), 'bai.pdf')
      refusedForm.append('_payload', JSON.stringify({ visibility: 'private', alt: 'Bài' }))
      expect((await rest('POST', '/media', { token: tokens.journalist, body: refusedForm })).status).toBe(400)
      const storedForm = withFile('phu', new Blob(['thừa']), 'phu.txt', withFile('file', new Blob([new Uint8Array(pdf)]), 'bai.pdf'))
      storedForm.append('_payload', JSON.stringify({ visibility: 'private', alt: 'Bài' }))
      expect((await rest('POST', '/media', { token: tokens.journalist, body: storedForm })).status).toBe(201)
      const anonymous = withFile('file', new Blob([new Uint8Array(pdf)]), 'bai.pdf')
      expect((await rest('POST', '/entries', { body: anonymous })).status).toBe(403)
    })
    expect(left).toEqual([])
  })
})
