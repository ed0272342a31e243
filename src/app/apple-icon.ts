import { emblemIcon, pngResponse } from '@/lib/site/emblemIcon'

/** The touch icon (home screen), drawn from the emblem in the site settings; refreshed hourly. */
export const size = { width: 180, height: 180 }
export const contentType = 'image/png'
export const revalidate = 3600

export default async function AppleIcon(): Promise<Response> {
  return pngResponse(await emblemIcon(size.width))
}
