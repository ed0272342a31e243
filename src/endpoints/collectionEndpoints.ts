import type { CollectionConfig, Endpoint } from 'payload'
import { importExemplars } from './importExemplars'
import { contestEndpoints } from './judging'
import { acceptNomination } from './nominations/accept'
import { submitNomination } from './nominations/submit'
import { buildPublicationEndpoint } from './publications/build'
import { publicationPdfStateEndpoint } from './publications/pdfState'
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
  nominations: [submitNomination, acceptNomination],
  publications: [buildPublicationEndpoint, publicationPdfStateEndpoint],
}

/** The collections with their custom endpoints attached (after any the collection declares itself). */
export function withCollectionEndpoints(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((c) => {
    const extra = byCollection[c.slug]
    return extra ? { ...c, endpoints: [...(c.endpoints || []), ...extra] } : c
  })
}
