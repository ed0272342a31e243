import { describe, expect, it } from 'vitest'
import {
  cellText,
  parseVnDate,
  validateImportRows,
  type Cell,
  type ImportContext,
  type SheetRow,
} from '../../src/domain/exemplars/importRows'

const HEADER = ['Tên', 'Loại', 'Mã đơn vị', 'Lĩnh vực', 'Ngày phát hiện', 'Trạng thái', 'Tóm tắt', 'Địa bàn', 'Dân tộc']
const sheet = (...rows: Cell[][]): SheetRow[] => [HEADER, ...rows].map((cells, i) => ({ row: i + 1, cells }))

// units: 1 = XA (open), 2 = XB (closed 30/06/2025), 3 = XC (opened 01/07/2025, outside the officer's scope)
const ctx: ImportContext = {
  units: [
    { id: 1, code: 'XA', validFrom: '2020-01-01' },
    { id: 2, code: 'XB', validFrom: '2020-01-01', validTo: '2025-06-30' },
    { id: 3, code: 'XC', validFrom: '2025-07-01' },
  ],
  fields: { KT: 10, VH: 11 },
  writableUnitIds: [1, 2],
  role: 'unitOfficer',
  today: '2026-03-15',
}

describe('validateImportRows', () => {
  it('turns good rows into exemplars (labels or codes, optional status defaults to newFactor)', () => {
    const res = validateImportRows(
      sheet(
        ['Chị Pinăng Thị Hoa', 'Cá nhân', 'XA', 'KT, VH', '05/03/2024', 'Được công nhận', 'Nuôi dê giỏi', 'Thôn Ma Nới', 'Raglai'],
        ['HTX Nho Thái An', 'tap the', 'xb', 'kt', '1/2/2025', '', '', '', ''],
        [null, '', '', '', '', '', '', '', ''],
        ['Hộ ông Lâm', 'household', 'XA', '', new Date(Date.UTC(2023, 11, 31)), 'nurturing', '', '', ''],
      ),
      ctx,
    )
    expect(res).toEqual({
      ok: true,
      rows: [
        {
          row: 2,
          name: 'Chị Pinăng Thị Hoa',
          kind: 'individual',
          unit: 1,
          fields: [10, 11],
          discoveredOn: '2024-03-05',
          status: 'recognised',
          summary: 'Nuôi dê giỏi',
          locality: 'Thôn Ma Nới',
          ethnicGroup: 'Raglai',
        },
        {
          row: 3,
          name: 'HTX Nho Thái An',
          kind: 'collective',
          unit: 2,
          fields: [10],
          discoveredOn: '2025-02-01',
          status: 'newFactor',
          summary: undefined,
          locality: undefined,
          ethnicGroup: undefined,
        },
        {
          row: 5,
          name: 'Hộ ông Lâm',
          kind: 'household',
          unit: 1,
          fields: [],
          discoveredOn: '2023-12-31',
          status: 'nurturing',
          summary: undefined,
          locality: undefined,
          ethnicGroup: undefined,
        },
      ],
    })
  })

  it('reports every error of every row with its row number', () => {
    const res = validateImportRows(
      sheet(
        ['', 'Doanh nghiệp', 'ZZ', 'KT, XX', '31/02/2024', 'Nổi tiếng', '', '', ''],
        ['Anh A', 'Cá nhân', 'XC', '', '10/10/2025', 'Điển hình cấp tỉnh', '', '', ''],
        ['Anh B', 'Cá nhân', 'XB', '', '01/08/2025', '', '', '', ''],
        ['Anh C', 'Cá nhân', 'XA', '', '01/01/2027', '', '', '', ''],
        ['Anh D', 'Cá nhân', 'XA', '', '2024-01-01', '', '', '', ''],
        ['Anh E', 'Cá nhân', 'XA', '', '01/01/2024', '', '', '', ''],
        ['anh e', 'Cá nhân', 'XA', '', '02/01/2024', '', '', '', ''],
      ),
      ctx,
    )
    expect(res).toEqual({
      ok: false,
      errors: [
        { row: 2, message: 'Thiếu tên tập thể, cá nhân, hộ gia đình (cột “Tên”).' },
        { row: 2, message: 'Loại “Doanh nghiệp” không hợp lệ: chỉ nhận Cá nhân, Tập thể hoặc Hộ gia đình.' },
        { row: 2, message: 'Ngày phát hiện “31/02/2024” không hợp lệ: cần một ngày có thật, dạng dd/mm/yyyy.' },
        { row: 2, message: 'Không có đơn vị mã “ZZ”.' },
        { row: 2, message: 'Không có lĩnh vực mã “XX”.' },
        { row: 2, message: 'Trạng thái “Nổi tiếng” không hợp lệ.' },
        { row: 3, message: 'Đơn vị “XC” nằm ngoài phạm vi đơn vị của bạn.' },
        {
          row: 3,
          message:
            'Điển hình mới chỉ được tạo ở trạng thái “Nhân tố mới”, “Đang bồi dưỡng”, “Được công nhận”; trạng thái “Điển hình cấp ' +
            'tỉnh” do Sở Nội vụ quyết định.',
        },
        { row: 4, message: 'Đơn vị “XB” không hoạt động vào ngày phát hiện 01/08/2025.' },
        { row: 5, message: 'Ngày phát hiện 01/01/2027 ở tương lai.' },
        { row: 6, message: 'Ngày phát hiện “2024-01-01” không hợp lệ: cần một ngày có thật, dạng dd/mm/yyyy.' },
        { row: 8, message: 'Trùng tên và đơn vị với dòng 7.' },
      ],
    })
  })

  it('lets Sở Nội vụ import anywhere and at any status', () => {
    const res = validateImportRows(sheet(['Anh A', 'Cá nhân', 'XC', '', '10/10/2025', 'Điển hình cấp tỉnh', '', '', '']), {
      ...ctx,
      writableUnitIds: null,
      role: 'organizer',
    })
    expect(res.ok && res.rows.map((r) => [r.unit, r.status])).toEqual([[3, 'provincial']])
  })

  it('names the missing columns and refuses an empty sheet', () => {
    expect(validateImportRows([{ row: 1, cells: ['Tên', 'Loại'] }], ctx)).toEqual({
      ok: false,
      errors: [
        {
          row: 1,
          message:
            'Thiếu cột: Mã đơn vị, Ngày phát hiện. Các cột cần có: Tên, Loại, Mã đơn vị, Lĩnh vực, Ngày phát hiện, Trạng thái, Tóm ' +
            'tắt, Địa bàn, Dân tộc.',
        },
      ],
    })
    expect(validateImportRows(sheet(), ctx)).toEqual({ ok: false, errors: [{ row: 1, message: 'Tệp không có dòng dữ liệu nào.' }] })
    expect(validateImportRows([], ctx).ok).toBe(false)
  })

  it('finds columns in any order, whatever the case and diacritics of the headers', () => {
    const rows: SheetRow[] = [
      { row: 1, cells: ['NGAY PHAT HIEN', 'ma don vi', 'loại', 'TÊN'] },
      { row: 2, cells: ['15/03/2024', 'XA', 'Tập thể', 'Tổ hợp tác'] },
    ]
    const res = validateImportRows(rows, ctx)
    expect(res.ok && res.rows[0]).toMatchObject({
      name: 'Tổ hợp tác',
      kind: 'collective',
      unit: 1,
      discoveredOn: '2024-03-15',
      status: 'newFactor',
    })
  })
})

describe('parseVnDate and cellText', () => {
  it.each([
    ['05/03/2024', '2024-03-05'],
    ['5/3/2024', '2024-03-05'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2023', null],
    ['31/04/2024', null],
    ['13/13/2024', null],
    ['2024-03-05', null],
    ['', null],
  ])('%s → %s', (text, iso) => expect(parseVnDate(text)).toBe(iso))
  it('reads the calendar day of an Excel date and trims text', () => {
    expect(cellText(new Date(Date.UTC(2024, 0, 9)))).toBe('09/01/2024')
    expect(cellText('  Xã A ')).toBe('Xã A')
    expect(cellText(42)).toBe('42')
    expect(cellText(null)).toBe('')
  })
})
