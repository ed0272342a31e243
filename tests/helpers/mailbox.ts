import fs from 'node:fs'
import path from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'
import { startMailCatcher } from '../../src/mail/mailCatcher'

/** A real SMTP server on loopback; every message it accepts becomes an .eml file in `dir`. */
export const startMailbox = (dir: string) => startMailCatcher(dir, { preferredPort: 42525 })

/** Waits until a mail to `to` arrives (matching `subject` when given) and returns it parsed. */
export async function waitForMail(to: string, opts: { subject?: RegExp; timeoutMs?: number } = {}): Promise<ParsedMail> {
  // E2E_MAILBOX_DIR: the mail folder of an app started outside the tests (npm run dev keeps mail in .data/mail)
  const dir = process.env.E2E_MAILBOX_DIR || process.env.MAILBOX_DIR
  if (!dir) throw new Error('MAILBOX_DIR is not set: the test setup did not start the mailbox')
  const deadline = Date.now() + (opts.timeoutMs ?? 10_000)
  while (Date.now() < deadline) {
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .sort()
      .reverse()) {
      const mail = await simpleParser(fs.readFileSync(path.join(dir, file)))
      const recipients = [mail.to].flat().flatMap((a) => (a ? a.value.map((v) => v.address?.toLowerCase()) : []))
      if (recipients.includes(to.toLowerCase()) && (!opts.subject || opts.subject.test(mail.subject ?? ''))) return mail
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`No mail to ${to} arrived`)
}

/** Every complete message in `dir`, parsed, as "recipient | subject" lines (one per message and recipient). */
export async function mailLines(dir: string): Promise<string[]> {
  const lines: string[] = []
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.eml'))) {
    const mail = await simpleParser(fs.readFileSync(path.join(dir, file)))
    for (const to of [mail.to].flat().flatMap((a) => (a ? a.value.map((v) => v.address?.toLowerCase()) : [])))
      lines.push(`${to} | ${mail.subject}`)
  }
  return lines.sort()
}
