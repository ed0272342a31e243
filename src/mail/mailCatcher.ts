import fs from 'node:fs'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'
import { findFreePort } from '../db/embeddedPostgres'

/**
 * An SMTP server on loopback that keeps every mail as an .eml file in `dir`: for `npm run dev` without SMTP (so no
 * mail is silently dropped, `log` prints each one), and for the tests and benchmarks, which read what arrived.
 * Each file is written under a temporary name and renamed when complete, so readers never see half a message.
 */
export async function startMailCatcher(
  dir: string,
  opts: { preferredPort?: number; log?: boolean } = {},
): Promise<{ port: number; close: () => Promise<void> }> {
  fs.mkdirSync(dir, { recursive: true })
  const port = await findFreePort(opts.preferredPort ?? 2525)
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${session.id}.eml`)
      stream.pipe(fs.createWriteStream(`${file}.part`)).on('finish', () => {
        fs.renameSync(`${file}.part`, file)
        if (opts.log) console.log(`[mail] Đã nhận thư / mail caught: ${file}`)
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
