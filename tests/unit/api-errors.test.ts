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
    expect(hook(anonymous)).toMatchObject({
      response: { errors: [{ message: 'Chưa thể đăng bài: bài phải được duyệt trước khi đăng.' }] },
      status: 400,
    })
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

describe('refusals in the admin panel', () => {
  const fromAdmin = { headers: new Headers({ referer: 'http://localhost:3000/admin/collections/entries/7' }) } as never
  it('reach its toast whole: no colon for the toast to split into a list at the commas', async () => {
    const refusal = badRequest('Tệp "a.mp3" không đúng loại: thể loại này nhận tệp PDF hoặc DOCX, hoặc dán nội dung.')
    const answer =
      (await showRefusalMessages({ error: refusal, result: formatErrors(refusal as never), context: {}, req: fromAdmin })) || undefined
    expect(answer?.response?.errors?.[0].message).toBe(
      'Tệp "a.mp3" không đúng loại — thể loại này nhận tệp PDF hoặc DOCX, hoặc dán nội dung.',
    )
  })

  it('leave the site and API clients the message as written', () => {
    const refusal = badRequest('Không đúng loại: PDF, DOCX.')
    const site = { headers: new Headers({ referer: 'http://localhost:3000/cuoc-thi/a/gui-bai' }) } as never
    expect(showRefusalMessages({ error: refusal, result: formatErrors(refusal as never), context: {}, req: site })).toBeUndefined()
  })
})
