import { describe, expect, it } from 'vitest'
import { loginPath, safeReturnPath } from '../../src/lib/site/returnPath'

describe('safeReturnPath', () => {
  it.each([
    ['/cuoc-thi/giai-bao-chi-2026/gui-bai', '/cuoc-thi/giai-bao-chi-2026/gui-bai'],
    ['/tai-khoan/tac-pham?x=1#y', '/tai-khoan/tac-pham?x=1#y'],
    [['/tai-khoan', '/other'], '/tai-khoan'],
  ])('keeps the local path %s', (input, expected) => expect(safeReturnPath(input)).toBe(expected))

  it.each([
    undefined,
    '',
    'cuoc-thi',
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    '/a\\b',
    'javascript:alert(1)',
    '/\u0000x',
    `/${'a'.repeat(600)}`,
  ])('refuses %s', (input) => expect(safeReturnPath(input)).toBeNull())
})

describe('loginPath', () => {
  it('carries the return path encoded', () => {
    expect(loginPath('/cuoc-thi/a/gui-bai')).toBe('/tai-khoan/dang-nhap?quay-lai=%2Fcuoc-thi%2Fa%2Fgui-bai')
    expect(loginPath(null)).toBe('/tai-khoan/dang-nhap')
  })
})
