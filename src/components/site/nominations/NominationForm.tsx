'use client'

import { useId, useState } from 'react'
import { postJson, type ApiError } from '@/lib/client/api'
import { HONEYPOT_FIELD, MIN_ACHIEVEMENT_LENGTH, validateSubmission } from '@/domain/nominations/validateSubmission'
import { formText } from '../account/form'
import { Field, RequiredNote } from '../account/Field'
import { FormError } from '../account/FormError'
import { Notice } from '../account/Notice'
import { SubmitButton } from '../account/SubmitButton'
import { useFormSubmit } from '../account/useFormSubmit'

export interface UnitOption {
  id: number
  name: string
}

const MAX_PHOTO_BYTES = 8 * 1024 * 1024

const LABELS: Record<string, string> = {
  nomineeName: 'Họ tên người được giới thiệu',
  achievement: 'Việc tốt',
  place: 'Nơi sinh sống, làm việc',
  unit: 'Đơn vị',
  nominatorName: 'Họ tên của bạn',
  nominatorEmail: 'Thư điện tử',
  nominatorPhone: 'Điện thoại',
  photo: 'Ảnh',
}

/** The server's own check of the fields (src/domain/nominations), run before sending, and the photo's type and size. */
function validate(d: Record<string, string | undefined>, photo: File | null): ApiError | null {
  // the hidden field is the server's business: a filled one is sent and answered like any other
  const checked = validateSubmission({ ...d, [HONEYPOT_FIELD]: undefined })
  const f: Record<string, string> = checked.ok || checked.spam ? {} : { ...checked.errors }
  if (photo && !photo.type.startsWith('image/')) f.photo = 'Ảnh đính kèm phải là tệp ảnh (JPG, PNG hoặc WebP).'
  else if (photo && photo.size > MAX_PHOTO_BYTES) f.photo = 'Ảnh quá lớn (tối đa 8 MB).'
  const names = Object.keys(f)
  return names.length ? { message: `Vui lòng kiểm tra lại: ${names.map((n) => LABELS[n]).join(', ')}.`, fields: f } : null
}

const readNomination = (form: FormData, formToken: string) => ({
  nomineeName: formText(form, 'nomineeName'),
  achievement: formText(form, 'achievement'),
  place: formText(form, 'place'),
  unit: formText(form, 'unit'),
  nominatorName: formText(form, 'nominatorName'),
  nominatorEmail: formText(form, 'nominatorEmail'),
  nominatorPhone: formText(form, 'nominatorPhone'),
  [HONEYPOT_FIELD]: formText(form, HONEYPOT_FIELD),
  formToken,
})

function attachedPhoto(form: FormData): File | null {
  const file = form.get('photo')
  return file instanceof File && file.size > 0 ? file : null
}

/** With a photo the fields travel as Payload's multipart `_payload`, next to the file. */
function withPhoto(data: Record<string, string | undefined>, photo: File): FormData {
  const body = new FormData()
  body.set('_payload', JSON.stringify(data))
  body.set('file', photo)
  return body
}

/** "Giới thiệu người tốt, việc tốt": a reader tells the editors about someone; anti-spam fields are hidden. */
export function NominationForm({ formToken, units }: { formToken: string; units: UnitOption[] }) {
  const [done, setDone] = useState<string | null>(null)
  const unitId = useId()
  const photoId = useId()
  const { sending, error, attempt, onSubmit } = useFormSubmit({
    read: (form) => ({ data: readNomination(form, formToken), photo: attachedPhoto(form) }),
    check: ({ data, photo }) => validate(data, photo),
    send: ({ data, photo }) =>
      postJson<{ message?: string }>('/api/nominations/submit', photo ? withPhoto(data, photo) : data, {
        fallback: 'Không gửi được lời giới thiệu. Vui lòng thử lại.',
      }),
    onSuccess: (res) => setDone(res.message ?? 'Cảm ơn bạn đã giới thiệu người tốt, việc tốt.'),
  })

  if (done) return <Notice kind="ok">{done}</Notice>

  const err = error?.fields ?? {}
  return (
    <form className="stack nomination-form" method="post" noValidate onSubmit={onSubmit} encType="multipart/form-data">
      <RequiredNote />
      <FormError error={error} attempt={attempt} />
      <fieldset>
        <legend>Người tốt, việc tốt</legend>
        <Field label={LABELS.nomineeName} name="nomineeName" required hint="Cá nhân, tập thể hoặc hộ gia đình." error={err.nomineeName} />
        <Field
          label={LABELS.achievement}
          name="achievement"
          multiline
          required
          hint={`Việc làm cụ thể, thời gian, kết quả (ít nhất ${MIN_ACHIEVEMENT_LENGTH} ký tự).`}
          error={err.achievement}
        />
        <Field label={LABELS.place} name="place" required hint="Thôn, xã (phường), cơ quan, đơn vị…" error={err.place} />
        <div className="field">
          <label htmlFor={unitId}>{LABELS.unit}</label>
          <select id={unitId} name="unit" defaultValue="" aria-describedby={`${unitId}-goi-y`} aria-invalid={err.unit ? true : undefined}>
            <option value="">— Không rõ / để ban biên tập chọn —</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          <small id={`${unitId}-goi-y`} className="hint">
            Không bắt buộc.
          </small>
          {err.unit ? <small className="field-error">{err.unit}</small> : null}
        </div>
        <div className="field">
          <label htmlFor={photoId}>{LABELS.photo}</label>
          <input
            id={photoId}
            name="photo"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            aria-describedby={`${photoId}-goi-y`}
            aria-invalid={err.photo ? true : undefined}
          />
          <small id={`${photoId}-goi-y`} className="hint">
            Không bắt buộc. Ảnh JPG, PNG hoặc WebP, tối đa 8 MB.
          </small>
          {err.photo ? <small className="field-error">{err.photo}</small> : null}
        </div>
      </fieldset>
      <fieldset>
        <legend>Người giới thiệu</legend>
        <Field label={LABELS.nominatorName} name="nominatorName" autoComplete="name" required error={err.nominatorName} />
        <Field
          label={LABELS.nominatorEmail}
          name="nominatorEmail"
          type="email"
          inputMode="email"
          autoComplete="email"
          required
          hint="Để báo cho bạn kết quả; không công bố."
          error={err.nominatorEmail}
        />
        <Field
          label={LABELS.nominatorPhone}
          name="nominatorPhone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          error={err.nominatorPhone}
        />
      </fieldset>
      {/* honeypot: hidden from people and from assistive technology; bots that fill every input reveal themselves */}
      <div aria-hidden="true" style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}>
        <label htmlFor="gs-hp">Trang web (để trống)</label>
        <input id="gs-hp" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <p className="hint">Thông tin liên hệ của bạn chỉ dùng để ban biên tập xác minh và báo kết quả.</p>
      <SubmitButton sending={sending} label="Gửi lời giới thiệu" busyLabel="Đang gửi…" />
    </form>
  )
}
