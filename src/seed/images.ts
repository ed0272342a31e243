import type { Payload } from 'payload'
import sharp from 'sharp'

const palette = ['#b91c1c', '#b45309', '#047857', '#1d4ed8', '#7c3aed', '#be185d']

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** A simple titled cover image rendered with sharp, so demo pages have real images with sizes. */
export async function createCover(payload: Payload, title: string, index: number, alt: string): Promise<number> {
  const color = palette[index % palette.length]
  const words = title.split(' ')
  const lines: string[] = []
  for (const w of words) {
    const last = lines[lines.length - 1]
    if (last && (last + ' ' + w).length <= 28) lines[lines.length - 1] = `${last} ${w}`
    else lines.push(w)
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675">
  <rect width="1200" height="675" fill="${color}"/><circle cx="1050" cy="120" r="220" fill="#fff" opacity="0.08"/>
  <text x="80" y="120" font-family="DejaVu Sans, sans-serif" font-size="34" fill="#fde68a">GƯƠNG SÁNG</text>
  ${lines
    .slice(0, 5)
    .map(
      (l, i) =>
        `<text x="80" y="${260 + i * 70}" font-family="DejaVu Sans, sans-serif" font-size="56" font-weight="bold" ` +
        `fill="#fff">${escapeXml(l)}</text>`,
    )
    .join('')}
</svg>`
  const data = await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
  const doc = await payload.create({
    collection: 'media',
    data: { alt, visibility: 'public' },
    file: { data, mimetype: 'image/jpeg', name: `anh-${index + 1}.jpg`, size: data.length },
    overrideAccess: true,
    depth: 0,
  })
  return doc.id as number
}
