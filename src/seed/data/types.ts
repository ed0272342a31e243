/** Plain demo-data shapes; src/seed/*.ts turns them into Payload documents. Dates are ISO `YYYY-MM-DD` (Asia/Ho_Chi_Minh). */
export type UnitKind =
  'province' | 'department' | 'massOrganisation' | 'district' | 'commune' | 'subordinate' | 'centralAgency' | 'enterprise'

export type EndReason = 'merged' | 'split' | 'renamed' | 'dissolved'

export interface SeedUnit {
  code: string
  name: string
  kind: UnitKind
  /** code of the parent unit */
  parent?: string
  validFrom: string
  validTo?: string
  endReason?: EndReason
  /** e.g. "Nghị quyết số 1667/NQ-UBTVQH15 ngày 16/6/2025" */
  endDecision?: string
  /** codes of successor units */
  successors?: string[]
  /** true when the name is invented for the demo and not a real unit */
  demo?: boolean
}

export interface SeedField {
  code: string
  name: { vi: string; en: string }
  /** the plan's own wording for this field (section IV.2.c) */
  description: string
}

export type ExemplarKind = 'individual' | 'collective' | 'household'
export type ExemplarStatus =
  'newFactor' | 'nurturing' | 'recognised' | 'proposedToProvince' | 'provincial' | 'proposedToCentral' | 'national' | 'archived'

export interface SeedExemplar {
  slug: string
  kind: ExemplarKind
  name: string
  /** code of the unit the record was made in (valid on `discoveredOn`) */
  unit: string
  fields: string[]
  status: ExemplarStatus
  discoveredOn: string
  /** years in which the exemplar was recognised */
  recognisedYears: number[]
  summary: string
  /** paragraphs of achievements, proper Vietnamese */
  achievements: string[]
  ethnicGroup?: string
  locality?: string
  sources?: { title: string; url?: string }[]
}

export type OutletKind = 'newspaper' | 'broadcaster' | 'portal'

export interface SeedOutlet {
  slug: string
  name: string
  kind: OutletKind
  /** code of the unit (province) the outlet belongs to */
  unit: string
  validFrom: string
  validTo?: string
  website?: string
  description: string
  columns: { slug: string; name: string; description: string }[]
}

export interface SeedArticle {
  slug: string
  title: string
  outlet: string
  column: string
  /** unit code the article is about */
  unit?: string
  exemplars: string[]
  author: string
  publishedAt: string
  excerpt: string
  paragraphs: string[]
  /** a short quote rendered as a block quote */
  quote?: string
  format?: 'text' | 'audio' | 'video'
  transcript?: string
}

export interface SeedEvent {
  title: string
  kind: 'exchange' | 'honouring' | 'talk' | 'training'
  unit: string
  date: string
  format: 'inPerson' | 'online' | 'combined'
  exemplars: string[]
  participants: number
  summary: string
}
