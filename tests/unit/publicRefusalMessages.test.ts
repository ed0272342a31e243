import { APIError } from 'payload'
import { describe, expect, it } from 'vitest'
import { publicRefusalMessages } from '../../src/hooks/publicRefusalMessages'

const hidden = { errors: [{ message: 'An unknown error occurred.' }] }
const run = (error: Error) => publicRefusalMessages({ error, result: hidden, context: {}, req: {} as never })

describe('public refusals keep their message in the production bundle', () => {
  it('an APIError whose class name was minified away gets its message and status back', () => {
    const err = Object.assign(new APIError('Đăng nhập sai quá nhiều lần.', 429, undefined, true), { name: '' })
    expect(run(err)).toEqual({ response: { errors: [{ message: 'Đăng nhập sai quá nhiều lần.' }] }, status: 429 })
  })

  it('server errors and non-public errors stay hidden', () => {
    expect(run(new APIError('chi tiết nội bộ', 500))).toBeUndefined()
    expect(run(Object.assign(new Error('nội bộ'), { status: 400 }))).toBeUndefined()
  })
})
