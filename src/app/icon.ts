import { emblemIcon, pngResponse } from '@/lib/site/emblemIcon'

/** The favicon, drawn from the emblem in the site settings; refreshed hourly. */
export const size = { width: 48, height: 48 }
export const contentType = 'image/png'
export const revalidate = 3600

export default async function Icon(): Promise<Response> {
  return pngResponse(await emblemIcon(size.width))
}
