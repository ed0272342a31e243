import { describe, expect, it } from 'vitest'
import { canPublish, publishRefusal } from '../../src/domain/editorial/canPublish'
import { canReview } from '../../src/domain/editorial/canReview'
import { isValidCampaignDay } from '../../src/domain/editorial/isValidCampaignDay'

const ticked = { sourcesChecked: true, noExaggeration: true }
const editorOf1 = { role: 'editor' as const, outlets: [1] }

describe('canReview', () => {
  it.each([
    ['admin anywhere', { role: 'admin' as const }, 7, true],
    ['organizer anywhere', { role: 'organizer' as const }, 7, true],
    ['editor of the article’s outlet', editorOf1, 1, true],
    ['editor of the article’s outlet, id as string', { role: 'editor' as const, outlets: ['1'] }, 1, true],
    ['editor of another outlet', editorOf1, 2, false],
    ['editor, article without outlet', editorOf1, null, false],
    ['unit officer', { role: 'unitOfficer' as const }, 1, false],
    ['judge', { role: 'judge' as const }, 1, false],
    ['journalist', { role: 'journalist' as const }, 1, false],
    ['nobody', null, 1, false],
  ])('%s → %s', (_label, reviewer, outlet, ok) => {
    expect(canReview(reviewer, outlet).ok).toBe(ok)
  })
})

describe('canPublish', () => {
  it.each([
    ['both checks, editor of the outlet, text', { review: ticked, reviewer: editorOf1, outlet: 1, format: 'text' }, []],
    ['nothing ticked', { review: {}, reviewer: editorOf1, outlet: 1 }, ['nguồn tin', 'cường điệu']],
    ['sources only', { review: { sourcesChecked: true }, reviewer: editorOf1, outlet: 1 }, ['cường điệu']],
    ['no exaggeration only', { review: { noExaggeration: true }, reviewer: editorOf1, outlet: 1 }, ['nguồn tin']],
    ['no review at all', { outlet: 1 }, ['nguồn tin', 'cường điệu', 'Người duyệt']],
    ['reviewer of another outlet', { review: ticked, reviewer: editorOf1, outlet: 2 }, ['cơ quan báo chí mình phụ trách']],
    ['reviewer is a unit officer', { review: ticked, reviewer: { role: 'unitOfficer' as const }, outlet: 1 }, ['Người duyệt']],
    ['video without transcript', { review: ticked, reviewer: editorOf1, outlet: 1, format: 'video', transcript: '' }, ['lời thoại']],
    [
      'audio with blank transcript',
      { review: ticked, reviewer: { role: 'admin' as const }, outlet: 1, format: 'audio', transcript: '   ' },
      ['lời thoại'],
    ],
    [
      'audio with transcript',
      { review: ticked, reviewer: { role: 'admin' as const }, outlet: 1, format: 'audio', transcript: 'Xin chào quý thính giả' },
      [],
    ],
    [
      'text needs no transcript',
      { review: ticked, reviewer: { role: 'organizer' as const }, outlet: 1, format: 'text', transcript: null },
      [],
    ],
  ])('%s', (_label, candidate, expected) => {
    const result = canPublish(candidate)
    if (expected.length === 0) return expect(result).toEqual({ ok: true })
    expect(result.ok).toBe(false)
    const text = result.ok ? '' : result.reasons.join(' ')
    for (const piece of expected) expect(text).toContain(piece)
    if (!result.ok) expect(result.reasons).toHaveLength(expected.length)
  })
})

describe('publishRefusal', () => {
  it('reads as whole sentences, without the colon that makes the admin toast split it at commas', () => {
    const verdict = canPublish({ review: {}, reviewer: null, outlet: 1, format: 'audio', transcript: '' })
    expect(verdict.ok).toBe(false)
    const message = publishRefusal(verdict.ok ? [] : verdict.reasons)
    expect(message).not.toContain(':')
    expect(message).toBe(
      'Chưa thể đăng bài vì bài phải được duyệt trước khi đăng. Chưa xác nhận "Đã kiểm tra nguồn tin". Chưa xác nhận "Không cường ' +
        'điệu, thổi phồng thành tích". ' +
        'Người duyệt phải là biên tập viên, Ban tổ chức hoặc quản trị hệ thống. Bài phát thanh, truyền hình phải có lời thoại ' +
        '(transcript) trước khi đăng.',
    )
  })
})

describe('isValidCampaignDay', () => {
  it.each([
    [3, 2, false, true],
    [29, 2, false, true],
    [30, 2, false, false],
    [31, 4, false, false],
    [30, 4, false, true],
    [31, 12, false, true],
    [30, 12, true, true],
    [31, 1, true, false],
    [0, 5, false, false],
    [10, 13, false, false],
    [1.5, 3, false, false],
  ])('%i/%i lunar=%s → %s', (day, month, lunar, ok) => {
    expect(isValidCampaignDay(day, month, lunar)).toBe(ok)
  })
})
