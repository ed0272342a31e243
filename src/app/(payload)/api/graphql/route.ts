import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'
import { graphqlPOST } from '@/lib/api/graphqlHandler'

export const POST = graphqlPOST
export const OPTIONS = REST_OPTIONS(config)
