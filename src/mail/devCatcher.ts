import fs from 'node:fs'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'
import { findFreePort } from '../db/embeddedPostgres'

/** Development only: an SMTP server on loopback that keeps every mail as an .eml file, so no mail is silently dropped. */
export async function startDevMailCatcher(dir: string): Promise<{ port: number; close: () => Promise<void> }> {
  fs.mkdirSync(dir, { recursive: true })
  const port = await findFreePort(2525)
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${session.id}.eml`)
      // written under a temporary name and renamed when complete, so readers never see half a message
      stream.pipe(fs.createWriteStream(`${file}.part`)).on('finish', () => {
        fs.renameSync(`${file}.part`, file)
        console.log(`[mail] Đã nhận thư / mail caught: ${file}`)
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
