import type { TaskConfig } from 'payload'
import { mailRetries } from './mailRetries'
import { entryScreeningEmail } from '../mail/contestMails'
import { loadEntryForMail } from './entryMailData'

/** Tells the author the screening result (eligible, or ineligible with the reason). */
export const sendEntryScreeningTask: TaskConfig<{ input: { entryId: number }; output: object }> = {
  slug: 'sendEntryScreening',
  label: 'Gửi thư kết quả thẩm định tác phẩm',
  inputSchema: [{ name: 'entryId', type: 'number', required: true }],
  retries: mailRetries(),
  handler: async ({ input, req }) => {
    const loaded = await loadEntryForMail(req.payload, input.entryId)
    const status = loaded?.entry.status
    if (!loaded?.to || (status !== 'eligible' && status !== 'ineligible')) return { output: {} }
    await req.payload.sendEmail({
      to: loaded.to,
      ...entryScreeningEmail({ ...loaded.data, eligible: status === 'eligible', reason: loaded.entry.screeningReason }),
    })
    return { output: {} }
  },
}
