import type { TaskConfig } from 'payload'
import { mailRetries } from './mailRetries'
import { nominationAcceptedMail } from '../domain/nominations/acceptedMail'

/** Thanks the nominator after the accept endpoint's transaction has committed. */
export const sendNominationAcceptedMailTask: TaskConfig<{ input: { nominationId: number }; output: object }> = {
  slug: 'sendNominationAcceptedMail',
  label: 'Thư báo tiếp nhận lời giới thiệu',
  inputSchema: [{ name: 'nominationId', type: 'number', required: true }],
  retries: mailRetries(),
  handler: async ({ input, req }) => {
    const nomination = await req.payload.findByID({
      collection: 'nominations',
      id: input.nominationId,
      depth: 1,
      overrideAccess: true,
      req,
    })
    const unit = nomination.unit && typeof nomination.unit === 'object' ? nomination.unit.name : null
    const mail = nominationAcceptedMail({ nominatorName: nomination.nominatorName, nomineeName: nomination.nomineeName, unitName: unit })
    await req.payload.sendEmail({ to: nomination.nominatorEmail, ...mail })
    return { output: {} }
  },
}
