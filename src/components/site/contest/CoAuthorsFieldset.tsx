'use client'

export type CoAuthor = { fullName: string; penName: string; email: string }

const LABELS: Record<keyof CoAuthor, string> = { fullName: 'Họ và tên', penName: 'Bút danh', email: 'Thư điện tử' }

/** Co-author rows, capped by the category (`max`); the server enforces the same cap. */
export function CoAuthorsFieldset(props: {
  id: string
  value: CoAuthor[]
  onChange: (next: CoAuthor[]) => void
  max: number
  categoryChosen: boolean
  disabled: boolean
}) {
  const { id, value, max, categoryChosen } = props
  const set = (i: number, key: keyof CoAuthor, text: string) => props.onChange(value.map((x, j) => (j === i ? { ...x, [key]: text } : x)))
  return (
    <fieldset disabled={props.disabled}>
      <legend>Đồng tác giả</legend>
      {categoryChosen && max === 0 ? <p className="hint">Thể loại này không nhận tác phẩm có đồng tác giả.</p> : null}
      {value.map((c, i) => (
        <fieldset key={i} className="co-author">
          <legend>Đồng tác giả {i + 1}</legend>
          {(['fullName', 'penName', 'email'] as const).map((k) => (
            <div className="field" key={k}>
              <label htmlFor={`${id}-${i}-${k}`}>
                {LABELS[k]} đồng tác giả {i + 1}
              </label>
              <input
                id={`${id}-${i}-${k}`}
                type={k === 'email' ? 'email' : 'text'}
                value={c[k]}
                onChange={(e) => set(i, k, e.target.value)}
              />
            </div>
          ))}
          <button type="button" onClick={() => props.onChange(value.filter((_, j) => j !== i))}>
            Bỏ đồng tác giả {i + 1}
          </button>
        </fieldset>
      ))}
      {value.length > max && categoryChosen ? (
        <p className="field-error" role="alert">
          Thể loại này cho phép tối đa {max} đồng tác giả.
        </p>
      ) : null}
      <button
        type="button"
        disabled={!categoryChosen || value.length >= max}
        onClick={() => props.onChange([...value, { fullName: '', penName: '', email: '' }])}
      >
        Thêm đồng tác giả
      </button>
      {categoryChosen && max > 0 ? <small className="hint">Tối đa {max} đồng tác giả.</small> : null}
    </fieldset>
  )
}
