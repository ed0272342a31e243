import type { TaskConfig } from 'payload'

/** Background tasks (work that must happen after commit: mail, PDFs, reports). Each task lives in its own file here. */
export const tasks: TaskConfig[] = []
