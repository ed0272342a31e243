/**
 * Text of an uncompressed PDF written by pdfkit with embedded fonts (`compress: false`): glyph codes in the page's
 * TJ arrays are mapped back to characters through each font's ToUnicode CMap. Enough to check that a certificate contains a phrase (the output also holds wrong-font decodings of each line).
 */
export function pdfText(pdf: Buffer): string {
  const src = pdf.toString('latin1')
  const cmaps: Map<number, string>[] = []
  for (const m of src.matchAll(/begincmap([\s\S]*?)endcmap/g)) {
    const map = new Map<number, string>()
    for (const range of m[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
      const start = parseInt(range[1], 16)
      const values = [...range[3].matchAll(/<([0-9a-fA-F ]+)>/g)].map((v) => v[1].replace(/ /g, ""))
      values.forEach((hex, i) => map.set(start + i, utf16(hex)))
    }
    for (const ch of m[1].matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const pair of ch[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(pair[1], 16), utf16(pair[2]))
    cmaps.push(map)
  }
  const lines: string[] = []
  for (const tj of src.matchAll(/\[([^[\]]*)\]\s*TJ/g)) {
    const hex = [...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('')
    const codes = hex.match(/.{4}/g)?.map((c) => parseInt(c, 16)) ?? []
    // the font in use is not tracked: every CMap that maps all the codes gives a candidate line (one of them is right)
    for (const map of cmaps) if (codes.every((c) => map.has(c))) lines.push(codes.map((c) => map.get(c)).join(''))
  }
  return lines.join('\n').normalize('NFC')
}

function utf16(hex: string): string {
  const units = hex.match(/.{4}/g)?.map((u) => parseInt(u, 16)) ?? []
  return String.fromCharCode(...units)
}
