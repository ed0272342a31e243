import fs from 'node:fs'
import path from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { findFreePort } from '../../src/db/embeddedPostgres'

/** A real SMTP server on loopback; every message it accepts is written to `dir` as an .eml file. */
export async function startMailbox(dir: string) {
  const port = await findFreePort(42525)
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        fs.writeFileSync(path.join(dir, `${Date.now()}-${session.id}.eml`), Buffer.concat(chunks))
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** Waits until a mail to `to` arrives (matching `subject` when given) and returns it parsed. */
export async function waitForMail(to: string, opts: { subject?: RegExp; timeoutMs?: number } = {}): Promise<ParsedMail> {
  // E2E_MAILBOX_DIR: the mail folder of an app started outside the tests (npm run dev keeps mail in .data/mail)
  const dir = process.env.E2E_MAILBOX_DIR || process.env.MAILBOX_DIR
  if (!dir) throw new Error('MAILBOX_DIR is not set: the test setup did not start the mailbox')
  const deadline = Date.now() + (opts.timeoutMs ?? 10_000)
  while (Date.now() < deadline) {
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().reverse()) {
      const mail = await simpleParser(fs.readFileSync(path.join(dir, file)))
      const recipients = [mail.to].flat().flatMap((a) => (a ? a.value.map((v) => v.address?.toLowerCase()) : []))
      if (recipients.includes(to.toLowerCase()) && (!opts.subject || opts.subject.test(mail.subject ?? ''))) return mail
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`No mail to ${to} arrived`)
}
