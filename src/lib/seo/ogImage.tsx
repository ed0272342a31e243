import fs from 'node:fs/promises'
import path from 'node:path'
import { ImageResponse } from 'next/og'

export const OG_SIZE = { width: 1200, height: 630 }

let font: Promise<Buffer> | undefined
/** Be Vietnam Pro Bold from node_modules: rendering needs no network, and Vietnamese diacritics are complete. */
const boldFont = () =>
  (font ??= fs.readFile(path.resolve('node_modules/@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf')))

/** The sharing card: a label, the title, a line under it and the site name, in the site's colours. */
export async function ogCard({
  label,
  title,
  subtitle,
  siteName,
}: {
  label: string
  title: string
  subtitle?: string | null
  siteName: string
}): Promise<ImageResponse> {
  const size = title.length > 90 ? 44 : title.length > 50 ? 56 : 68
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: '#fffdf8',
        borderTop: '24px solid #b91c1c',
        padding: '56px 72px',
        fontFamily: 'Be Vietnam Pro',
      }}
    >
      <div style={{ display: 'flex', color: '#b91c1c', fontSize: 30 }}>{label}</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', fontSize: size, lineHeight: 1.2, color: '#1f2937' }}>{title.slice(0, 140)}</div>
        {subtitle ? <div style={{ display: 'flex', marginTop: 24, fontSize: 28, color: '#4b5563' }}>{subtitle.slice(0, 120)}</div> : null}
      </div>
      <div style={{ display: 'flex', fontSize: 28, color: '#b91c1c' }}>{siteName}</div>
    </div>,
    { ...OG_SIZE, fonts: [{ name: 'Be Vietnam Pro', data: await boldFont(), weight: 700, style: 'normal' }] },
  )
}
