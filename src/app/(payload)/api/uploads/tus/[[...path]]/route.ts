import { handleTus } from '@/server/uploads/tusRoute'

// a static segment: this route wins over Payload's /api/[...slug] catch-all
export const dynamic = 'force-dynamic'

export const POST = handleTus
export const HEAD = handleTus
export const PATCH = handleTus
export const DELETE = handleTus
export const OPTIONS = handleTus
export const GET = handleTus
export const PUT = handleTus
