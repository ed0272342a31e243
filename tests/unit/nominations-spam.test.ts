import { describe, expect, it } from 'vitest'
import { nominationAcceptedMail } from '../../src/domain/nominations/acceptedMail'
import { checkFormToken, issueFormToken, MAX_FORM_AGE_MS, MIN_FILL_MS } from '../../src/domain/nominations/formToken'
import { canAccept } from '../../src/domain/nominations/status'
import { validateSubmission } from '../../src/domain/nominations/validateSubmission'

const SECRET = 'bi-mat'
const T0 = Date.UTC(2026, 0, 10, 3, 0, 0)

describe('signed form timestamp', () => {
  const token = issueFormToken(SECRET, T0)
  it.each([
    ['submitted after the minimum fill time', token, T0 + MIN_FILL_MS, { ok: true }],
    ['submitted too fast', token, T0 + MIN_FILL_MS - 1, { ok: false, reason: 'tooFast' }],
    ['left open too long', token, T0 + MAX_FORM_AGE_MS + 1, { ok: false, reason: 'expired' }],
    ['missing', undefined, T0 + 60_000, { ok: false, reason: 'missing' }],
    ['not a token', 'abc', T0 + 60_000, { ok: false, reason: 'invalid' }],
    ['back-dated by hand', `${T0 - 60_000}.${token.split('.')[1]}`, T0 + 60_000, { ok: false, reason: 'invalid' }],
    ['signed with another secret', issueFormToken('khac', T0), T0 + 60_000, { ok: false, reason: 'invalid' }],
    ['issued in the future', issueFormToken(SECRET, T0 + 3_600_000), T0, { ok: false, reason: 'invalid' }],
  ])('%s', (_name, value, now, expected) => {
    expect(checkFormToken(value, SECRET, now)).toEqual(expected)
  })
})

const valid = {
  nomineeName: '  Bà  Nguyễn Thị Hoa ',
  achievement: 'Hơn mười năm nấu cơm miễn phí cho bệnh nhân nghèo ở bệnh viện huyện.',
  place: 'Thôn Phước Lập, xã Phước Hà',
  nominatorName: 'Trần Văn Nam',
  nominatorEmail: 'Nam.Tran@Example.vn',
  nominatorPhone: '0912 345 678',
}

describe('validateSubmission', () => {
  it('cleans a good submission (spaces, NFC, e-mail in lower case)', () => {
    expect(validateSubmission({ ...valid, nomineeName: valid.nomineeName.normalize('NFD'), unit: '12' })).toEqual({
      ok: true,
      data: {
        nomineeName: 'Bà Nguyễn Thị Hoa',
        achievement: valid.achievement,
        place: valid.place,
        unit: 12,
        nominatorName: 'Trần Văn Nam',
        nominatorEmail: 'nam.tran@example.vn',
        nominatorPhone: '0912 345 678',
      },
    })
  })
  it.each([
    ['honeypot filled', { website: 'http://spam.example' }],
    ['honeypot not a string', { website: 1 }],
  ])('%s → spam', (_name, extra) => {
    expect(validateSubmission({ ...valid, ...extra })).toEqual({ ok: false, spam: true })
  })
  it('an empty honeypot is fine', () => {
    expect(validateSubmission({ ...valid, website: '' }).ok).toBe(true)
  })
  it.each([
    ['nomineeName', { nomineeName: ' ' }, 'Vui lòng nhập họ tên người (hoặc tên tập thể) được giới thiệu.'],
    ['achievement', { achievement: 'Tốt bụng.' }, 'Vui lòng kể cụ thể hơn (ít nhất 30 ký tự).'],
    ['place', { place: undefined }, 'Vui lòng cho biết nơi người được giới thiệu sinh sống, làm việc.'],
    ['nominatorEmail', { nominatorEmail: 'nam@' }, 'Địa chỉ thư điện tử không hợp lệ.'],
    ['nominatorPhone', { nominatorPhone: '12ab' }, 'Số điện thoại không hợp lệ.'],
    ['nomineeName', { nomineeName: 'a'.repeat(151) }, 'Tối đa 150 ký tự.'],
    ['unit', { unit: 'xã A' }, 'Đơn vị được chọn không hợp lệ.'],
  ])('%s: %j', (field, change, message) => {
    const res = validateSubmission({ ...valid, ...change })
    expect(res).toEqual({ ok: false, spam: false, errors: { [field]: message } })
  })
})

describe('canAccept', () => {
  it.each([
    ['new', true],
    [undefined, true],
    ['accepted', false],
    ['rejected', false],
    ['duplicate', false],
  ])('%s → %s', (status, expected) => expect(canAccept(status)).toBe(expected))
})

describe('the thank-you mail', () => {
  it('escapes what readers typed', () => {
    const { subject, html } = nominationAcceptedMail({ nominatorName: 'Nam', nomineeName: 'Bà <Hoa>', unitName: 'Xã Phước Hà' })
    expect(subject).toBe('Lời giới thiệu "Bà <Hoa>" đã được tiếp nhận')
    expect(html).toContain('<strong>Bà &lt;Hoa&gt;</strong>')
    expect(html).toContain('thuộc Xã Phước Hà')
    expect(html).not.toContain('<Hoa>')
  })
})
