import { APIError, formatErrors } from 'payload'
import { describe, expect, it } from 'vitest'
import { badRequest, Refusal } from '../../src/lib/api/errors'
import { showRefusalMessages } from '../../src/lib/api/showRefusalMessages'

const hook = (error: Error) => showRefusalMessages({ error, result: formatErrors(error as never), context: {}, req: {} as never })

describe('refusals reach the person with their Vietnamese message', () => {
  it('a Refusal is formatted with its message and the field it concerns', () => {
    const formatted = formatErrors(badRequest('Cần ghi lý do không hợp lệ.', 'screeningReason') as never)
    expect(formatted.errors[0].message).toBe('Cần ghi lý do không hợp lệ.')
    expect(formatted.errors[0].data).toEqual({ errors: [{ path: 'screeningReason', message: 'Cần ghi lý do không hợp lệ.' }] })
    expect(new Refusal('x', 403).status).toBe(403)
    expect(new Refusal('x').isPublic).toBe(true)
  })

  it('keeps its name when the bundle erases class names', () => {
    const erased = new (class extends Refusal {})('Mỗi lần chỉ tiến hoặc lùi một bước.')
    expect(erased.name).toBe('Refusal')
    expect(formatErrors(erased as never).errors[0].message).toBe('Mỗi lần chỉ tiến hoặc lùi một bước.')
  })

  it('an unnamed public 4xx from elsewhere is answered with its message, not "An unknown error occurred."', () => {
    const anonymous = new APIError('Chưa thể đăng bài: bài phải được duyệt trước khi đăng.', 400, undefined, true)
    anonymous.name = ''
    expect(formatErrors(anonymous as never).errors[0].message).toBe('An unknown error occurred.')
    expect(hook(anonymous)).toEqual({ response: { errors: [{ message: 'Chưa thể đăng bài: bài phải được duyệt trước khi đăng.' }] } })
  })

  it('leaves server errors and private messages alone', () => {
    const crash = new APIError('connection refused at 10.0.0.5', 500)
    crash.name = ''
    expect(hook(crash)).toBeUndefined()
    const secret = new APIError('internal detail', 400, undefined, false)
    secret.name = ''
    expect(hook(secret)).toBeUndefined()
  })
})
