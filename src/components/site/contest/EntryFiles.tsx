'use client'

import type { UploadedFile } from './api'

export type Upload = { key: string; name: string; percent: number; error?: string }

/** The entry's file input, a progress bar per upload under way, and the files already attached. */
export function EntryFiles(props: {
  id: string
  accept?: string
  hint: string
  uploads: Upload[]
  files: UploadedFile[]
  onFiles: (list: FileList | null) => void
  onDismiss: (key: string) => void
  onRemove: (id: number) => void
}) {
  const { id, uploads, files } = props
  return (
    <div className="field">
      <label htmlFor={id}>Tệp tác phẩm</label>
      <input id={id} name="files" type="file" multiple accept={props.accept} onChange={(e) => (props.onFiles(e.target.files), (e.target.value = ''))} aria-describedby={`${id}-hint`} />
      <small id={`${id}-hint`} className="hint">
        {props.hint}
      </small>
      {uploads.map((u) => (
        <div key={u.key} className="upload">
          <label htmlFor={`${id}-up-${u.key}`}>Đang tải {u.name}</label>
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
            <span aria-live="polite"> {u.percent}%</span>
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
