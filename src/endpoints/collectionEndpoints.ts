import type { CollectionConfig, Endpoint } from 'payload'
import { importExemplars } from './importExemplars'
import { contestEndpoints } from './judging'
import { entryCertificate } from './judging/certificate'
import { reorganiseUnits } from './reorganiseUnits'
import { unlockScore } from './judging/unlockScore'

/** Endpoints served under /api/<collection slug>/…; the collections themselves do not import endpoints. */
const byCollection: Record<string, Endpoint[]> = {
  exemplars: [importExemplars],
  units: [reorganiseUnits],
  contests: contestEndpoints,
  entries: [entryCertificate],
  scores: [unlockScore],
}

/** The collections with their custom endpoints attached (after any the collection declares itself). */
export function withCollectionEndpoints(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((c) => {
    const extra = byCollection[c.slug]
    return extra ? { ...c, endpoints: [...(c.endpoints || []), ...extra] } : c
  })
}
