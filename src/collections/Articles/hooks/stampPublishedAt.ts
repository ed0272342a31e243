import type { CollectionBeforeChangeHook } from 'payload'

/** The first publication keeps its date; later edits do not move it. */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data }) =>
  data._status === 'published' && !data.publishedAt ? { ...data, publishedAt: new Date().toISOString() } : data
