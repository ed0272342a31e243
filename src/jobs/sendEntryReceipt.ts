import type { TaskConfig } from 'payload'
import { mailRetries } from './mailRetries'
import { entryReceiptEmail } from '../mail/contestMails'
import { loadEntryForMail } from './entryMailData'

/** Mails the author a receipt with the entry code once the submission has committed. */
export const sendEntryReceiptTask: TaskConfig<{ input: { entryId: number }; output: object }> = {
  slug: 'sendEntryReceipt',
  label: 'Gửi thư xác nhận nộp tác phẩm',
  inputSchema: [{ name: 'entryId', type: 'number', required: true }],
  retries: mailRetries(),
  handler: async ({ input, req }) => {
    const loaded = await loadEntryForMail(req.payload, input.entryId)
    // withdrawn again or deleted before the queue ran: nothing to confirm
    if (!loaded?.to || loaded.entry.status === 'draft') return { output: {} }
    await req.payload.sendEmail({ to: loaded.to, ...entryReceiptEmail(loaded.data) })
    return { output: {} }
  },
}
