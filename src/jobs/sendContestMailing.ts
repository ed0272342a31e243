import type { PayloadRequest, TaskConfig } from 'payload'
import { ENTRANT_STATUSES, mailingRecipients, type MailingEntry } from '../domain/contest/mailingRecipients'
import { escapeHtml } from '../mail/contestMails'
import { refId } from '@/lib/ids'
import { mailRetries } from './mailRetries'

/** Progress is written after this many mails, so the admin shows it moving without a write per mail. */
const PROGRESS_EVERY = 10

const mailHtml = (
  title: string,
  contest: string,
  name: string,
  body: string,
) => `<!doctype html><html lang="vi"><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1f2937">
<h2 style="color:#b91c1c">${escapeHtml(title)}</h2>
<p>Xin chào ${escapeHtml(name)},</p>
${body
  .split(/\n{2,}/)
  .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
  .join('\n')}
<p style="color:#6b7280;font-size:12px">Ban Tổ chức ${escapeHtml(contest)} — Gương Sáng. \
Bạn nhận thư này vì đã gửi tác phẩm dự thi.</p></body></html>`

async function entrantsOf(req: PayloadRequest, contest: number, category: number | null): Promise<MailingEntry[]> {
  const found = await req.payload.find({
    collection: 'entries',
    where: {
      and: [
        { contest: { equals: contest } },
        { status: { in: [...ENTRANT_STATUSES] } },
        ...(category ? [{ category: { equals: category } }] : []),
      ],
    },
    depth: 1,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { status: true, author: true, coAuthors: true },
    populate: { users: { email: true, fullName: true, deactivated: true } },
  })
  return found.docs.map((e) => ({ status: e.status, author: typeof e.author === 'object' ? e.author : null, coAuthors: e.coAuthors }))
}

/**
 * Sends a mailing to its entrants, one mail each. The addresses already served are stored with the mailing, so a
 * retry after a failure (the mail server down) sends only to those not served yet: nobody gets the mail twice.
 */
export const sendContestMailingTask: TaskConfig<{ input: { mailingId: number }; output: { delivered: number } }> = {
  slug: 'sendContestMailing',
  label: 'Gửi thư tới người dự thi',
  inputSchema: [{ name: 'mailingId', type: 'number', required: true }],
  retries: mailRetries(),
  handler: async ({ input, req }) => {
    const { payload } = req
    const mailing = await payload.findByID({ collection: 'contestMailings', id: input.mailingId, depth: 0, overrideAccess: true, req })
    const contest = await payload.findByID({
      collection: 'contests',
      id: Number(refId(mailing.contest)),
      depth: 0,
      overrideAccess: true,
      req,
      locale: 'vi',
    })
    const recipients = mailingRecipients(await entrantsOf(req, contest.id, mailing.category ? Number(refId(mailing.category)) : null))
    const served = new Set<string>(Array.isArray(mailing.deliveredTo) ? (mailing.deliveredTo as string[]) : [])
    const save = (status: 'sending' | 'done') =>
      payload.update({
        collection: 'contestMailings',
        id: mailing.id,
        data: { status, recipients: recipients.length, delivered: served.size, deliveredTo: [...served] },
        overrideAccess: true,
        depth: 0,
        req,
      })
    await save('sending')
    let sinceSave = 0
    try {
      for (const r of recipients) {
        if (served.has(r.email.toLowerCase())) continue
        await payload.sendEmail({
          to: r.email,
          subject: mailing.subject,
          html: mailHtml(mailing.subject, contest.title, r.name, mailing.body),
        })
        served.add(r.email.toLowerCase())
        if (++sinceSave >= PROGRESS_EVERY) {
          sinceSave = 0
          await save('sending')
        }
      }
    } finally {
      // what was delivered before a failure is kept, whatever happens next
      await save(recipients.every((r) => served.has(r.email.toLowerCase())) ? 'done' : 'sending')
    }
    return { output: { delivered: served.size } }
  },
}
