import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

export const payloadClient = (): Promise<Payload> => getPayload({ config })
