import type { TaskConfig } from 'payload'
import { buildAnnualReportTask } from './buildAnnualReport'
import { sendResultMailTask } from './sendResultMail'
import { buildPublicationPdfTask } from './buildPublicationPdf'
import { sendNominationAcceptedMailTask } from './sendNominationAcceptedMail'
import { sendEntryReceiptTask } from './sendEntryReceipt'
import { sendEntryScreeningTask } from './sendEntryScreening'
import { sendContestMailingTask } from './sendContestMailing'

/** Background tasks (work that must happen after commit: mail, PDFs, reports). Each task lives in its own file here. */
export const tasks: TaskConfig[] = [
  buildAnnualReportTask as unknown as TaskConfig,
  sendResultMailTask as unknown as TaskConfig,
  sendEntryReceiptTask as unknown as TaskConfig,
  sendEntryScreeningTask as unknown as TaskConfig,
  sendNominationAcceptedMailTask as unknown as TaskConfig,
  buildPublicationPdfTask as unknown as TaskConfig,
  sendContestMailingTask as unknown as TaskConfig,
]
