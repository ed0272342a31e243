import '@payloadcms/next/css'
import { restHandlers } from '@/lib/api/restHandlers'

export const { GET, POST, PATCH, PUT, DELETE, OPTIONS } = restHandlers
