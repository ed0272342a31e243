import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeUnit, makeUser, PASSWORD, uniq } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'

/** POST /api/exemplars/import with XLSX and CSV files. District D > communes A (the officer's), B, and C closed on 30/06/2025. */
let payload: Payload
const u: Record<string, { id: number; code: string }> = {}
const f: Record<string, { id: number; code: string }> = {}
const tokens: Record<string, string> = {}
const HEADER = ['Tên', 'Loại', 'Mã đơn vị', 'Lĩnh vực', 'Ngày phát hiện', 'Trạng thái', 'Tóm tắt', 'Địa bàn', 'Dân tộc']

beforeAll(async () => {
  payload = await testPayload()
  const D = await makeUnit(payload, { name: 'Huyện Nhập Liệu', kind: 'district', code: uniq('HNL') })
  const A = await makeUnit(payload, { name: 'Xã Nhập Liệu A', kind: 'commune', parent: D.id, code: uniq('XA') })
  const B = await makeUnit(payload, { name: 'Xã Nhập Liệu B', kind: 'commune', parent: D.id, code: uniq('XB') })
  const C = await makeUnit(payload, { name: 'Xã Nhập Liệu C', kind: 'commune', parent: D.id, code: uniq('XC'), validTo: '2025-06-30' })
  for (const [k, unit] of Object.entries({ D, A, B, C })) u[k] = { id: unit.id, code: unit.code }
  for (const k of ['KT', 'VH']) {
    const field = await payload.create({ collection: 'fields', data: { name: `Lĩnh vực ${k}`, code: uniq(k) }, overrideAccess: true })
    f[k] = { id: field.id, code: field.code }
  }
  const officer = await makeUser(payload, 'unitOfficer', { unit: A.id })
  const organizer = await makeUser(payload, 'organizer')
  const journalist = await makeUser(payload, 'journalist')
  tokens.officer = await login(officer.email, PASSWORD)
  tokens.organizer = await login(organizer.email, PASSWORD)
  tokens.journalist = await login(journalist.email, PASSWORD)
})
afterAll(() => payload.destroy())

async function xlsx(rows: unknown[][]): Promise<Blob> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Điển hình')
  sheet.addRow(HEADER)
  for (const r of rows) sheet.addRow(r)
  const buffer = await book.xlsx.writeBuffer()
  return new Blob([buffer as ArrayBuffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
}
const csv = (rows: string[][]) =>
  new Blob(
    ['\uFEFF' + [HEADER, ...rows].map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')],
    { type: 'text/csv' },
  )

const upload = (token: string | undefined, file: Blob, name: string) => {
  const form = new FormData()
  form.append('file', file, name)
  return rest('POST', '/exemplars/import', { token, body: form })
}
const byNames = async (names: string[]) =>
  (
    await payload.find({
      collection: 'exemplars',
      where: { name: { in: names } },
      depth: 0,
      limit: 100,
      overrideAccess: true,
      sort: 'name',
    })
  ).docs

describe('importing exemplars', () => {
  it('Sở Nội vụ imports an XLSX file: every row is created as written', async () => {
    const names = [uniq('Chị Pinăng Thị Hoa '), uniq('HTX Nho Thái An '), uniq('Hộ ông Lâm Văn Tám ')]
    const file = await xlsx([
      [
        names[0],
        'Cá nhân',
        u.A.code,
        `${f.KT.code}, ${f.VH.code}`,
        '05/03/2024',
        'Được công nhận',
        'Nuôi dê giỏi',
        'Thôn Ma Nới',
        'Raglai',
      ],
      [names[1], 'Tập thể', u.C.code, f.KT.code, new Date(Date.UTC(2024, 10, 20)), 'Điển hình cấp tỉnh', '', '', ''],
      [names[2], 'Hộ gia đình', u.B.code, '', '1/2/2025', '', '', '', ''],
    ])
    const res = await upload(tokens.organizer, file, 'dien-hinh.xlsx')
    expect(res.body).toEqual({ created: 3 })
    expect(res.status).toBe(201)
    const docs = await byNames(names)
    const pick = (name: string) => docs.find((d) => d.name === name)!
    expect(pick(names[0])).toMatchObject({
      kind: 'individual',
      unit: u.A.id,
      fields: [f.KT.id, f.VH.id],
      status: 'recognised',
      summary: 'Nuôi dê giỏi',
      locality: 'Thôn Ma Nới',
      ethnicGroup: 'Raglai',
    })
    expect(pick(names[0]).discoveredOn?.slice(0, 10)).toBe('2024-03-05')
    // a closed commune still takes records dated while it existed
    expect(pick(names[1])).toMatchObject({ kind: 'collective', unit: u.C.id, status: 'provincial' })
    expect(pick(names[2])).toMatchObject({ kind: 'household', unit: u.B.id, status: 'newFactor', fields: [] })
  })

  it('a unit officer imports a CSV file in their own unit', async () => {
    const names = [uniq('Anh Chamaléa Sơn '), uniq('Tổ hợp tác "Dệt thổ cẩm" ')]
    const res = await upload(
      tokens.officer,
      csv([
        [
          names[0],
          'ca nhan',
          u.A.code.toLowerCase(),
          f.VH.code,
          '15/08/2025',
          'nurturing',
          'Giữ gìn nghề dệt, có câu: "Làm giàu, không khó"',
          '',
          'Chăm',
        ],
        [names[1], 'Tập thể', u.A.code, '', '16/08/2025', '', '', '', ''],
      ]),
      'dien-hinh.csv',
    )
    expect(res.body).toEqual({ created: 2 })
    const docs = await byNames(names)
    expect(docs.map((d) => [d.name, d.status, d.unit])).toEqual(
      [
        [names[0], 'nurturing', u.A.id],
        [names[1], 'newFactor', u.A.id],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    )
    expect(docs.find((d) => d.name === names[0])?.summary).toBe('Giữ gìn nghề dệt, có câu: "Làm giàu, không khó"')
  })

  it('a file with bad rows: every row error is reported with its row number, and nothing is created', async () => {
    const good = uniq('Dòng tốt ')
    const res = await upload(
      tokens.organizer,
      csv([
        [good, 'Cá nhân', u.A.code, '', '01/01/2025', '', '', '', ''],
        ['', 'Doanh nghiệp', 'KHONG-CO', `${f.KT.code},ZZZ`, '31/02/2024', 'Nổi tiếng', '', '', ''],
        [uniq('Dòng xã đã giải thể '), 'Tập thể', u.C.code, '', '01/08/2025', '', '', '', ''],
        [uniq('Dòng ngày sai '), 'Hộ gia đình', u.A.code, '', '2025-01-01', '', '', '', ''],
      ]),
      'loi.csv',
    )
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      errors: [
        { row: 3, message: 'Thiếu tên tập thể, cá nhân, hộ gia đình (cột “Tên”).' },
        { row: 3, message: 'Loại “Doanh nghiệp” không hợp lệ: chỉ nhận Cá nhân, Tập thể hoặc Hộ gia đình.' },
        { row: 3, message: 'Ngày phát hiện “31/02/2024” không hợp lệ: cần một ngày có thật, dạng dd/mm/yyyy.' },
        { row: 3, message: 'Không có đơn vị mã “KHONG-CO”.' },
        { row: 3, message: 'Không có lĩnh vực mã “ZZZ”.' },
        { row: 3, message: 'Trạng thái “Nổi tiếng” không hợp lệ.' },
        { row: 4, message: `Đơn vị “${u.C.code}” không hoạt động vào ngày phát hiện 01/08/2025.` },
        { row: 5, message: 'Ngày phát hiện “2025-01-01” không hợp lệ: cần một ngày có thật, dạng dd/mm/yyyy.' },
      ],
    })
    expect(await byNames([good])).toEqual([])
  })

  it('a unit officer cannot import into another unit or at a level Sở Nội vụ decides; nothing is created', async () => {
    const names = [uniq('Trong phạm vi '), uniq('Ngoài phạm vi '), uniq('Cấp tỉnh ')]
    const res = await upload(
      tokens.officer,
      await xlsx([
        [names[0], 'Cá nhân', u.A.code, '', '01/03/2025', '', '', '', ''],
        [names[1], 'Cá nhân', u.B.code, '', '01/03/2025', '', '', '', ''],
        [names[2], 'Cá nhân', u.A.code, '', '01/03/2025', 'Điển hình cấp tỉnh', '', '', ''],
      ]),
      'pham-vi.xlsx',
    )
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual([
      { row: 3, message: `Đơn vị “${u.B.code}” nằm ngoài phạm vi đơn vị của bạn.` },
      {
        row: 4,
        message:
          'Điển hình mới chỉ được tạo ở trạng thái “Nhân tố mới”, “Đang bồi dưỡng”, “Được công nhận”; trạng thái “Điển hình cấp ' +
          'tỉnh” do Sở Nội vụ quyết định.',
      },
    ])
    expect(await byNames(names)).toEqual([])
  })

  it('refuses other roles, missing files, missing columns and files that are not spreadsheets', async () => {
    const file = csv([[uniq('X '), 'Cá nhân', u.A.code, '', '01/03/2025', '', '', '', '']])
    expect((await upload(tokens.journalist, file, 'a.csv')).status).toBe(403)
    expect((await upload(undefined, file, 'a.csv')).status).toBe(401)
    const empty = new FormData()
    empty.append('note', 'không có tệp')
    const none = await rest('POST', '/exemplars/import', { token: tokens.organizer, body: empty })
    expect(none.status).toBe(400)
    expect(none.body.errors[0].message).toContain('trường “file”')
    const noColumns = await upload(tokens.organizer, new Blob(['Tên,Loại\nAnh A,Cá nhân\n']), 'thieu-cot.csv')
    expect(noColumns.body.errors).toEqual([
      {
        row: 1,
        message:
          'Thiếu cột: Mã đơn vị, Ngày phát hiện. Các cột cần có: Tên, Loại, Mã đơn vị, Lĩnh vực, Ngày phát hiện, Trạng thái, Tóm ' +
          'tắt, Địa bàn, Dân tộc.',
      },
    ])
    const binary = await upload(tokens.organizer, new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0xff, 0xfe, 0, 1])]), 'hong.xlsx')
    expect(binary.status).toBe(400)
    expect(binary.body.errors[0].message).toContain('Không đọc được tệp')
  })
})
