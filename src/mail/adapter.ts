import fs from 'node:fs'
import path from 'node:path'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

/**
 * SMTP from SMTP_* variables. Without SMTP_HOST (a build, a one-off script) mail is written to .data/mail as .eml
 * files and the path is logged: never dropped, never sent to an outside test service.
 */
export function emailAdapter() {
  const from = {
    defaultFromAddress: process.env.SMTP_FROM || 'no-reply@guongsang.local',
    defaultFromName: process.env.SMTP_FROM_NAME || 'Gương Sáng',
  }
  if (process.env.SMTP_HOST) {
    const transport = nodemailer.createTransport({
      host: process.env.SMTP_HOST,
      port: Number(process.env.SMTP_PORT || 587),
      secure: process.env.SMTP_SECURE === 'true',
      ignoreTLS: process.env.SMTP_SECURE !== 'true' && ['127.0.0.1', 'localhost'].includes(process.env.SMTP_HOST),
      auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
    })
    return nodemailerAdapter({ ...from, transport, skipVerify: true })
  }
  const dir = path.resolve('.data', 'mail')
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  const send = transport.sendMail.bind(transport)
  transport.sendMail = (async (mail: nodemailer.SendMailOptions) => {
    const info = await send(mail)
    fs.mkdirSync(dir, { recursive: true })
    const file = path.join(dir, `${Date.now()}-${info.messageId.replace(/[^a-z0-9]/gi, '')}.eml`)
    fs.writeFileSync(file, info.message as Buffer)
    console.log(`[mail] SMTP_HOST chưa cấu hình, thư lưu tại / no SMTP_HOST, mail saved to: ${file}`)
    return info
  }) as typeof transport.sendMail
  return nodemailerAdapter({ ...from, transport: transport as unknown as nodemailer.Transporter, skipVerify: true })
}
