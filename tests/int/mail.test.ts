import { afterAll, describe, expect, it } from 'vitest'
import { waitForMail } from '../helpers/mailbox'
import { testPayload } from '../helpers/payload'

describe('mail through nodemailer', () => {
  afterAll(async () => (await testPayload()).destroy())

  it('delivers a message with Vietnamese text to the SMTP server', async () => {
    const payload = await testPayload()
    await payload.sendEmail({
      to: 'nguoinhan@example.vn',
      subject: 'Thư thử nghiệm: Điển hình tiên tiến',
      html: '<p>Xin chào, đây là thư có dấu: Đặng Văn Đức.</p>',
    })
    const mail = await waitForMail('nguoinhan@example.vn')
    expect(mail.subject).toBe('Thư thử nghiệm: Điển hình tiên tiến')
    expect(mail.html).toContain('Đặng Văn Đức')
    expect(mail.from?.value[0]?.name).toBe('Gương Sáng')
  })
})
