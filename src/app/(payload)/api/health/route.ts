import { healthResponse } from '@/lib/ops/healthRoute'

// for the load balancer: no session, no Payload, no cache
export const dynamic = 'force-dynamic'

export const GET = () => healthResponse()
