type MediaFamily = 'image' | 'audio' | 'video' | 'document'
const MB = 1024 * 1024

/** What the platform accepts, by the content's real type (magic bytes), with a size cap per family. */
const FAMILIES: Record<MediaFamily, { maxBytes: number; types: string[] }> = {
  image: { maxBytes: 20 * MB, types: ['image/jpeg', 'image/png', 'image/webp'] },
  audio: { maxBytes: 200 * MB, types: ['audio/mpeg', 'audio/x-m4a', 'audio/mp4', 'audio/wav', 'audio/vnd.wave'] },
  video: { maxBytes: 1024 * MB, types: ['video/mp4'] },
  document: {
    maxBytes: 50 * MB,
    types: [
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
  },
}

/** Each accepted type with its family and that family's size cap. */
export const ALLOWED_MEDIA: Record<string, { family: MediaFamily; maxBytes: number }> = Object.fromEntries(
  (Object.keys(FAMILIES) as MediaFamily[]).flatMap((family) =>
    FAMILIES[family].types.map((type) => [type, { family, maxBytes: FAMILIES[family].maxBytes }]),
  ),
)

export const MAX_UPLOAD_BYTES = Math.max(...Object.values(ALLOWED_MEDIA).map((t) => t.maxBytes))

export type MediaCheck = { ok: true; mime: string } | { ok: false; message: string }

/** Decides on the sniffed type (undefined when the bytes match nothing known) and the size. */
export function checkMedia(sniffedMime: string | undefined, size: number): MediaCheck {
  if (!sniffedMime || !ALLOWED_MEDIA[sniffedMime]) {
    return {
      ok: false,
      message: 'Định dạng tệp không được hỗ trợ (chỉ nhận ảnh JPG/PNG/WebP, âm thanh MP3/M4A/WAV, video MP4, tài liệu PDF/DOCX).',
    }
  }
  const rule = ALLOWED_MEDIA[sniffedMime]
  if (size > rule.maxBytes) {
    return { ok: false, message: `Tệp quá lớn: tối đa ${Math.round(rule.maxBytes / 1024 / 1024)} MB cho loại tệp này.` }
  }
  return { ok: true, mime: sniffedMime }
}
