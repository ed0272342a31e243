import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import AppleIcon from '../../src/app/apple-icon'
import Icon from '../../src/app/icon'
import { testPayload } from '../helpers/payload'

let payload: Payload

const pixels = async (res: Response) => {
  expect(res.headers.get('content-type')).toBe('image/png')
  const { data, info } = await sharp(Buffer.from(await res.arrayBuffer()))
    .raw()
    .toBuffer({ resolveWithObject: true })
  const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)]
  return { width: info.width, height: info.height, centre: at(Math.floor(info.width / 2), Math.floor(info.height / 2)) }
}
const square = async (rgb: [number, number, number], visibility: 'public' | 'private') => {
  const data = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt: 'Biểu trưng', visibility },
    file: { data, mimetype: 'image/png', name: 'emblem.png', size: data.length },
    overrideAccess: true,
  })
}
const setEmblem = (id: number | null) => payload.updateGlobal({ slug: 'siteSettings', data: { emblem: id }, overrideAccess: true })

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(async () => {
  await setEmblem(null)
  await payload.destroy()
})

describe('favicon and touch icon from the emblem in the site settings', () => {
  it('without an emblem: the default mark (gold star on red) at 48 and 180 pixels', async () => {
    await setEmblem(null)
    const icon = await pixels(await Icon())
    expect([icon.width, icon.height]).toEqual([48, 48])
    const [r, g, b] = icon.centre
    expect(r).toBeGreaterThan(200)
    expect(g).toBeGreaterThan(150)
    expect(b).toBeLessThan(100)
    const touch = await pixels(await AppleIcon())
    expect([touch.width, touch.height]).toEqual([180, 180])
  })

  it('an uploaded public emblem becomes the icons', async () => {
    const emblem = await square([20, 90, 200], 'public')
    await setEmblem(emblem.id)
    // the colour of the uploaded image, give or take the resampling
    for (const icon of [await Icon(), await AppleIcon()])
      (await pixels(icon)).centre.forEach((c, i) => expect(Math.abs(c - [20, 90, 200][i])).toBeLessThanOrEqual(3))
  })

  it('a private file set as emblem is never shown: the default mark instead', async () => {
    const hidden = await square([0, 200, 0], 'private')
    await setEmblem(hidden.id)
    const [r, g] = (await pixels(await Icon())).centre
    expect(r).toBeGreaterThan(200)
    expect(g).toBeGreaterThan(150)
  })
})
