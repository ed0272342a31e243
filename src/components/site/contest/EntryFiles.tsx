'use client'

import type { PausedUpload } from './resumableUpload'
import type { UploadedFile } from './uploadFile'

/** What the file picker offers for each medium (the server judges the bytes). */
export const ACCEPT_BY_MEDIUM: Record<string, string> = {
  print: '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  online: '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  radio: '.mp3,.m4a,.wav,audio/mpeg,audio/mp4,audio/x-m4a,audio/wav',
  tv: '.mp4,video/mp4',
  photo: '.jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp',
}

/** One upload under way; `resumed` when it goes on from an earlier visit's unfinished upload. */
export type Upload = { key: string; name: string; percent: number; error?: string; resumed?: boolean }

/** The entry's file input, a progress bar per upload under way, and the files already attached. */
export function EntryFiles(props: {
  id: string
  accept?: string
  hint: string
  uploads: Upload[]
  paused: PausedUpload[]
  files: UploadedFile[]
  onFiles: (list: FileList | null) => void
  onDismiss: (key: string) => void
  onForget: (paused: PausedUpload) => void
  onRemove: (id: number) => void
}) {
  const { id, uploads, files } = props
  return (
    <div className="field">
      <label htmlFor={id}>Tệp tác phẩm</label>
      <input
        id={id}
        name="files"
        type="file"
        multiple
        accept={props.accept}
        onChange={(e) => (props.onFiles(e.target.files), (e.target.value = ''))}
        aria-describedby={`${id}-hint`}
      />
      <small id={`${id}-hint`} className="hint">
        {props.hint}
      </small>
      {props.paused.map((p) => (
        <div key={p.key} className="upload paused">
          <label htmlFor={`${id}-paused-${p.key}`}>Tiếp tục tải lên {p.name}</label>
          <progress id={`${id}-paused-${p.key}`} max={100} value={p.percent}>
            {p.percent}%
          </progress>
          <p className="hint">
            Tệp này mới tải lên được {p.percent} %. Chọn lại đúng tệp này ở ô trên để tải tiếp phần còn lại.{' '}
            <button type="button" className="link" onClick={() => props.onForget(p)} aria-label={`Bỏ phần đã tải của ${p.name}`}>
              Bỏ
            </button>
          </p>
        </div>
      ))}
      {uploads.map((u) => (
        <div key={u.key} className="upload">
          <label htmlFor={`${id}-up-${u.key}`}>
            {u.resumed ? 'Tiếp tục tải lên' : 'Đang tải'} {u.name}
          </label>
          <progress id={`${id}-up-${u.key}`} max={100} value={u.percent}>
            {u.percent}%
          </progress>
          {u.error ? (
            <p className="field-error" role="alert">
              {u.error}{' '}
              <button type="button" onClick={() => props.onDismiss(u.key)}>
                Đóng
              </button>
            </p>
          ) : (
            <span aria-live="polite">Đang tải lên… {u.percent} %</span>
          )}
        </div>
      ))}
      {files.length ? (
        <ul className="files">
          {files.map((file) => (
            <li key={file.id}>
              {file.filename}{' '}
              <button type="button" className="link" onClick={() => props.onRemove(file.id)} aria-label={`Bỏ tệp ${file.filename}`}>
                Bỏ
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
