import type { SeedExemplar } from './types'
import { exemplarsA } from './exemplars-a'
import { exemplarsB } from './exemplars-b'

export const exemplars: SeedExemplar[] = [...exemplarsA, ...exemplarsB]
