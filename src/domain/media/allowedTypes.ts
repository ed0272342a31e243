/** What the platform accepts, by the content's real type (magic bytes), with a size cap per family. */
export const ALLOWED_MEDIA: Record<string, { family: 'image' | 'audio' | 'video' | 'document'; maxBytes: number }> = {
  'image/jpeg': { family: 'image', maxBytes: 20 * 1024 * 1024 },
  'image/png': { family: 'image', maxBytes: 20 * 1024 * 1024 },
  'image/webp': { family: 'image', maxBytes: 20 * 1024 * 1024 },
  'audio/mpeg': { family: 'audio', maxBytes: 200 * 1024 * 1024 },
  'audio/x-m4a': { family: 'audio', maxBytes: 200 * 1024 * 1024 },
  'audio/mp4': { family: 'audio', maxBytes: 200 * 1024 * 1024 },
  'audio/wav': { family: 'audio', maxBytes: 200 * 1024 * 1024 },
  'audio/vnd.wave': { family: 'audio', maxBytes: 200 * 1024 * 1024 },
  'video/mp4': { family: 'video', maxBytes: 1024 * 1024 * 1024 },
  'application/pdf': { family: 'document', maxBytes: 50 * 1024 * 1024 },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { family: 'document', maxBytes: 50 * 1024 * 1024 },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { family: 'document', maxBytes: 50 * 1024 * 1024 },
}

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
