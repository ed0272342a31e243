import type { CollectionAfterChangeHook } from 'payload'

/** Building the files happens after commit, in the jobs queue; the admin shows the progress. */
export const queueBuild: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') {
    await req.payload.jobs.queue({ task: 'buildAnnualReport', input: { reportId: doc.id }, req })
  }
  return doc
}
