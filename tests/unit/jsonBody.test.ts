import { describe, expect, it } from 'vitest'
import { jsonBodyProblem, jsonDepth, MAX_JSON_DEPTH } from '../../src/domain/http/jsonBody'

describe('JSON bodies Payload can take', () => {
  it.each([
    ['null', /đối tượng/],
    ['"chuỗi"', /đối tượng/],
    ['42', /đối tượng/],
    ['true', /đối tượng/],
    ['[1,2]', /đối tượng/],
    ['{', /không phải JSON/],
    ['{"a":', /không phải JSON/],
    ['\ufffd\ufffd', /không phải JSON/],
    ['['.repeat(5000) + ']'.repeat(5000), /lồng quá sâu/],
    ['{"token":"\\u0000"}', /NUL/],
    ['{"a":[{"b":"x\\u0000y"}]}', /NUL/],
    ['{"\\u0000":1}', /NUL/],
  ])('%s is refused', (text, message) => {
    expect(jsonBodyProblem(text)).toMatch(message)
  })

  it('objects pass, brackets inside strings do not count as nesting', () => {
    expect(jsonBodyProblem('{"a":1}')).toBeNull()
    expect(jsonBodyProblem('')).toBeNull()
    expect(jsonDepth('{"a":"[[[[{{{{\\"]]"}')).toBe(1)
    expect(jsonDepth('{"a":[{"b":[1]}]}')).toBe(4)
    const ok = '{"a":'.repeat(MAX_JSON_DEPTH - 1) + '{}' + '}'.repeat(MAX_JSON_DEPTH - 1)
    expect(jsonBodyProblem(ok)).toBeNull()
    expect(jsonBodyProblem('{"a":' + ok + '}')).toMatch(/lồng quá sâu/)
  })
})
