import { ALLOWED_MEDIA } from '../media/allowedTypes'
import type { Medium } from './entryCode'

type Family = 'image' | 'audio' | 'video' | 'document'

export interface MediumRule {
  families: readonly Family[]
  /** Files needed to submit (drafts may have fewer). */
  min: number
  max: number
  /** A rich-text body can stand in for the files. */
  bodyInsteadOfFiles: boolean
  accepts: string
}

export const MEDIUM_FILES: Record<Medium, MediumRule> = {
  print: { families: ['document'], min: 1, max: 5, bodyInsteadOfFiles: true, accepts: 'tệp PDF hoặc DOCX, hoặc dán nội dung bài viết' },
  online: { families: ['document'], min: 1, max: 5, bodyInsteadOfFiles: true, accepts: 'tệp PDF hoặc DOCX, hoặc dán nội dung bài viết' },
  radio: { families: ['audio'], min: 1, max: 5, bodyInsteadOfFiles: false, accepts: 'tệp âm thanh MP3, M4A hoặc WAV' },
  tv: { families: ['video'], min: 1, max: 5, bodyInsteadOfFiles: false, accepts: 'tệp video MP4' },
  photo: { families: ['image'], min: 1, max: 10, bodyInsteadOfFiles: false, accepts: 'từ 1 đến 10 ảnh JPG, PNG hoặc WebP' },
}

/** The family of a stored file's (sniffed) MIME type, or null when the platform does not know it. */
export const familyOf = (mimeType: string | null | undefined): Family | null => (mimeType && ALLOWED_MEDIA[mimeType]?.family) || null

export type FilesCheck = { ok: true } | { ok: false; message: string }

/** Files of an entry against its category's medium; the minimum applies when submitting. */
export function checkMediumFiles(args: {
  medium: Medium
  files: readonly { mimeType?: string | null; filename?: string | null }[]
  hasBody: boolean
  submitting: boolean
}): FilesCheck {
  const rule = MEDIUM_FILES[args.medium]
  if (!rule) return { ok: false, message: 'Thể loại dự thi không hợp lệ.' }
  const wrong = args.files.find((f) => !rule.families.includes(familyOf(f.mimeType) as Family))
  if (wrong) return { ok: false, message: `Tệp "${wrong.filename ?? ''}" không đúng loại: thể loại này nhận ${rule.accepts}.` }
  if (args.files.length > rule.max)
    return { ok: false, message: `Thể loại này nhận tối đa ${rule.max} tệp (bạn gửi ${args.files.length}).` }
  if (args.submitting && args.files.length < rule.min && !(rule.bodyInsteadOfFiles && args.hasBody))
    return { ok: false, message: `Chưa có tệp tác phẩm: thể loại này nhận ${rule.accepts}.` }
  return { ok: true }
}
