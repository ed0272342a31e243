import { ALLOWED_MEDIA } from './allowedTypes'

/** Files of these families may be sent in resumable pieces (tus); images stay small and take the one-request upload. */
export const RESUMABLE_FAMILIES = ['audio', 'video', 'document'] as const

/** Size of one piece the browser sends: under nginx's and Next's body limits, large enough to keep requests few. */
export const RESUMABLE_CHUNK_BYTES = 8 * 1024 * 1024

/** Files from this size on go in resumable pieces, whatever their type. */
export const RESUMABLE_THRESHOLD_BYTES = 20 * 1024 * 1024

/** The default ceiling of one resumable upload (TUS_MAX_BYTES overrides it). */
export const DEFAULT_TUS_MAX_BYTES = 1024 * 1024 * 1024

const BY_EXTENSION: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/x-m4a',
  wav: 'audio/wav',
  mp4: 'video/mp4',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

const isResumable = (mime: string) => (RESUMABLE_FAMILIES as readonly string[]).includes(ALLOWED_MEDIA[mime]?.family ?? '')

/** The type a file claims: its declared MIME type when the platform knows it, else the one its name's extension implies. */
export function declaredMime(filetype: string | null | undefined, filename: string | null | undefined): string | null {
  const type = (filetype ?? '').split(';', 1)[0].trim().toLowerCase()
  if (ALLOWED_MEDIA[type]) return type
  const ext = (filename ?? '').split('.').pop()?.toLowerCase() ?? ''
  return BY_EXTENSION[ext] ?? null
}

/** Whether the browser should send this file in resumable pieces. */
export const wantsResumable = (file: { name: string; type: string; size: number }): boolean => {
  const mime = declaredMime(file.type, file.name)
  if (!mime || !isResumable(mime)) return false
  return ALLOWED_MEDIA[mime].family !== 'document' || file.size >= RESUMABLE_THRESHOLD_BYTES
}

export type ResumableProblem = { status: number; message: string }

/** A size as people read it: "1 GB", "200 MB", "5 KB". */
export function sizeText(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB'],
  ]
  for (const [unit, label] of units) if (bytes >= unit) return `${Math.round((bytes / unit) * 10) / 10} ${label}`.replace('.', ',')
  return `${bytes} byte`
}

/**
 * A resumable upload is refused up front on what it declares (type, name, length); its bytes are judged again
 * when it is finished, by the media collection's own check.
 */
export function resumableUploadProblem(args: {
  filetype?: string | null
  filename?: string | null
  size: number | null
  maxBytes: number
}): ResumableProblem | null {
  const mime = declaredMime(args.filetype, args.filename)
  if (!mime || !isResumable(mime)) {
    return {
      status: 415,
      message: 'Định dạng tệp không được hỗ trợ cho tải lên từng phần (chỉ nhận âm thanh MP3/M4A/WAV, video MP4, tài liệu PDF/DOCX/XLSX).',
    }
  }
  if (args.size == null || !Number.isSafeInteger(args.size) || args.size < 0) {
    return { status: 400, message: 'Thiếu kích thước tệp (Upload-Length) hoặc kích thước không hợp lệ.' }
  }
  const typeLimit = ALLOWED_MEDIA[mime].maxBytes
  if (args.size > Math.min(typeLimit, args.maxBytes)) {
    const message =
      typeLimit <= args.maxBytes
        ? `Tệp quá lớn: tối đa ${sizeText(typeLimit)} cho loại tệp này.`
        : `Tệp quá lớn: tải lên từng phần nhận tệp tối đa ${sizeText(args.maxBytes)}.`
    return { status: 413, message }
  }
  return null
}
