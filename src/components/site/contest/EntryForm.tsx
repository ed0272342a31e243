'use client'

import Link from 'next/link'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { ENTRY_STATUS_LABELS, MEDIUM_LABELS } from '@/domain/contest/labels'
import { MEDIUM_FILES } from '@/domain/contest/mediumFiles'
import { getJson, patchJson, postJson } from '@/lib/client/api'
import { refId } from '@/lib/ids'
import { newKey } from '@/lib/site/newKey'
import { entryFormPath } from '@/lib/site/paths'
import { loginPath } from '@/lib/site/returnPath'
import { plainText, richTextFromParagraphs } from '@/lib/lexical'
import type { Entry, User } from '@/payload-types'
import { Notice } from '../account/Notice'
import { CoAuthorsFieldset, type CoAuthor } from './CoAuthorsFieldset'
import { ACCEPT_BY_MEDIUM, EntryFiles } from './EntryFiles'
import { ExemplarPicker, type PickedExemplar } from './ExemplarPicker'
import type { UploadedFile } from './uploadFile'
import { useUploads } from './useUploads'

export interface FormCategory {
  id: number
  name: string
  medium: keyof typeof MEDIUM_LABELS
  maxCoAuthors: number
  description?: string | null
}

export interface FormContest {
  id: number
  slug: string
  title: string
  deadlineText: string
  open: boolean
}

type Outcome = { kind: 'ok' | 'error' | 'info'; message: string; code?: string | null } | null

const SAVE_FAILED = 'Không lưu được tác phẩm. Vui lòng thử lại.'

/** The entry form of one contest: save a draft, upload files with progress, submit; edits an entry when `editId` is given. */
export function EntryForm({
  contest,
  categories,
  outlets,
  editId,
}: {
  contest: FormContest
  categories: FormCategory[]
  outlets: { id: number; name: string }[]
  editId?: number
}) {
  const uid = useId()
  const [me, setMe] = useState<User | null | undefined>(undefined)
  const [entryId, setEntryId] = useState<number | null>(editId ?? null)
  const [status, setStatus] = useState<Entry['status']>('draft')
  const [code, setCode] = useState<string | null>(null)
  const [title, setTitle] = useState('')
  const [categoryId, setCategoryId] = useState<number | ''>(categories.length === 1 ? categories[0].id : '')
  const [body, setBody] = useState('')
  const [files, setFilesState] = useState<UploadedFile[]>([])
  // mirrored in a ref so a save right after an upload sees the new file before React re-renders
  const filesRef = useRef<UploadedFile[]>([])
  const setFiles = (next: UploadedFile[] | ((prev: UploadedFile[]) => UploadedFile[])) => {
    filesRef.current = typeof next === 'function' ? next(filesRef.current) : next
    setFilesState(filesRef.current)
  }
  const [outlet, setOutlet] = useState<number | ''>('')
  const [outletName, setOutletName] = useState('')
  const [publishedOn, setPublishedOn] = useState('')
  const [publicLink, setPublicLink] = useState('')
  const [coAuthors, setCoAuthors] = useState<CoAuthor[]>([])
  const [exemplars, setExemplars] = useState<PickedExemplar[]>([])
  const [exemplarNames, setExemplarNames] = useState('')
  const [original, setOriginal] = useState(false)
  const [busy, setBusy] = useState<null | 'draft' | 'submit'>(null)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [attempt, setAttempt] = useState(0)
  const submissionKey = useRef<string>(newKey())
  const uploader = useUploads(me?.id, (file) => setFiles((f) => [...f, file]))
  const uploads = uploader.uploads

  const category = categories.find((c) => c.id === categoryId)
  const rule = category ? MEDIUM_FILES[category.medium] : null
  const maxCo = category?.maxCoAuthors ?? 0
  const editable = contest.open && (status === 'draft' || status === 'submitted')

  useEffect(() => {
    let live = true
    void getJson<{ user: User | null }>('/api/users/me').then((r) => live && setMe(r.ok ? r.data.user : null))
    return () => {
      live = false
    }
  }, [])

  useEffect(() => {
    if (!editId) return
    let live = true
    void getJson<Entry>(`/api/entries/${editId}?depth=1`).then((r) => {
      if (!live) return
      if (!r.ok) return setOutcome({ kind: 'error', message: r.error.message })
      const e = r.data
      setStatus(e.status)
      setCode(e.code ?? null)
      setTitle(e.title)
      setCategoryId(e.category != null ? Number(refId(e.category)) : '')
      setBody(e.body ? plainText(e.body) : '')
      setFiles(
        (e.files ?? [])
          .filter((f): f is Exclude<typeof f, number> => typeof f === 'object')
          .map((f) => ({ id: f.id, filename: f.filename ?? '', mimeType: f.mimeType })),
      )
      setOutlet(e.outlet != null ? Number(refId(e.outlet)) : '')
      setOutletName(e.outletName ?? '')
      setPublishedOn(e.publishedOn ? e.publishedOn.slice(0, 10) : '')
      setPublicLink(e.publicLink ?? '')
      setCoAuthors((e.coAuthors ?? []).map((c) => ({ fullName: c.fullName, penName: c.penName ?? '', email: c.email ?? '' })))
      setExemplars(
        (e.exemplars ?? []).filter((x): x is Exclude<typeof x, number> => typeof x === 'object').map((x) => ({ id: x.id, name: x.name })),
      )
      setExemplarNames(e.exemplarNames ?? '')
      setOriginal(!!e.originalityDeclared)
    })
    return () => {
      live = false
    }
  }, [editId])

  async function save(target: 'draft' | 'submitted') {
    setAttempt((n) => n + 1)
    setOutcome(null)
    if (!title.trim() || !categoryId) {
      setOutcome({ kind: 'error', message: !title.trim() ? 'Vui lòng nhập tên tác phẩm.' : 'Vui lòng chọn thể loại dự thi.' })
      return
    }
    if (target === 'submitted' && !original) {
      setOutcome({ kind: 'error', message: 'Vui lòng đánh dấu cam kết tác phẩm là của tác giả, không sao chép, trước khi nộp bài.' })
      return
    }
    setBusy(target === 'submitted' ? 'submit' : 'draft')
    // files still uploading belong to this save
    await uploader.settle()
    const currentFiles = filesRef.current
    const data = {
      contest: contest.id,
      category: categoryId,
      title: title.trim(),
      body: body.trim()
        ? richTextFromParagraphs(
            body
              .split(/\n{2,}|\r?\n/)
              .map((p) => p.trim())
              .filter(Boolean),
          )
        : null,
      files: currentFiles.map((f) => f.id),
      outlet: outlet || null,
      outletName: outletName.trim() || null,
      publishedOn: publishedOn || null,
      publicLink: publicLink.trim() || null,
      coAuthors: coAuthors
        .filter((c) => c.fullName.trim())
        .map((c) => ({ fullName: c.fullName.trim(), penName: c.penName.trim() || null, email: c.email.trim() || null })),
      exemplars: exemplars.map((x) => x.id),
      exemplarNames: exemplarNames.trim() || null,
      originalityDeclared: original,
      status: target === 'draft' && status === 'submitted' ? 'submitted' : target,
    }
    const res = entryId
      ? await patchJson<{ doc: Entry }>(`/api/entries/${entryId}?depth=0`, data, { fallback: SAVE_FAILED })
      : await postJson<{ doc: Entry }>('/api/entries?depth=0', { ...data, submissionKey: submissionKey.current }, { fallback: SAVE_FAILED })
    setBusy(null)
    if (!res.ok) {
      setOutcome({ kind: 'error', message: res.error.message })
      return
    }
    const doc = res.data.doc
    setEntryId(doc.id)
    setStatus(doc.status)
    setCode(doc.code ?? null)
    if (doc.status === 'submitted')
      setOutcome({
        kind: 'ok',
        message:
          status === 'submitted'
            ? 'Đã lưu thay đổi của tác phẩm đã nộp.'
            : 'Đã nộp tác phẩm. Ban Tổ chức đã gửi thư xác nhận tới hộp thư của bạn.',
        code: doc.code,
      })
    else setOutcome({ kind: 'ok', message: 'Đã lưu bản nháp. Bạn có thể tiếp tục sửa và nộp bài trước hạn.' })
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    void save('submitted')
  }

  if (me === undefined) return <p role="status">Đang tải…</p>
  if (me === null)
    return (
      <Notice kind="info" focus={false}>
        <p>Bạn cần đăng nhập bằng tài khoản tác giả để gửi tác phẩm.</p>
        <p>
          <Link href={loginPath(entryFormPath(contest.slug, editId))}>Đăng nhập</Link> ·{' '}
          <Link href="/tai-khoan/dang-ky">Đăng ký tài khoản tác giả</Link>
        </p>
      </Notice>
    )

  const f = (name: string) => `${uid}-${name}`
  const uploading = uploads.some((u) => !u.error)
  return (
    <form className="stack entry-form" method="post" noValidate onSubmit={onSubmit} aria-describedby={f('han')}>
      <p id={f('han')} className="hint">
        Hạn nộp bài: <strong>{contest.deadlineText}</strong> (giờ Việt Nam). Các mục có dấu * là bắt buộc.
      </p>
      {outcome ? (
        <Notice key={attempt} kind={outcome.kind}>
          <p>{outcome.message}</p>
          {outcome.code ? (
            <p>
              Mã tác phẩm: <strong className="entry-code">{outcome.code}</strong>
            </p>
          ) : null}
        </Notice>
      ) : null}
      {entryId ? (
        <p className="meta">
          Trạng thái: <span className="badge">{ENTRY_STATUS_LABELS[status]?.vi}</span>
          {code ? <> · Mã tác phẩm: {code}</> : null} · <Link href="/tai-khoan/tac-pham">Tác phẩm của tôi</Link>
        </p>
      ) : null}
      {!editable ? <Notice kind="info">Tác phẩm này không còn sửa được (đã hết hạn nộp bài hoặc đã được thẩm định).</Notice> : null}

      <fieldset disabled={!editable || busy !== null}>
        <legend>Tác phẩm</legend>
        <div className="field">
          <label htmlFor={f('title')}>Tên tác phẩm</label>
          <input id={f('title')} name="title" required value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={f('category')}>Thể loại</label>
          <select
            id={f('category')}
            name="category"
            required
            value={categoryId}
            onChange={(e) => setCategoryId(e.target.value ? Number(e.target.value) : '')}
          >
            <option value="">— Chọn thể loại —</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {category?.description ? <small className="hint">{category.description}</small> : null}
        </div>
        {rule?.bodyInsteadOfFiles || !category ? (
          <div className="field">
            <label htmlFor={f('body')}>Nội dung bài viết</label>
            <textarea
              id={f('body')}
              name="body"
              rows={10}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              aria-describedby={f('body-hint')}
            />
            <small id={f('body-hint')} className="hint">
              Dán nội dung bài viết (mỗi đoạn cách nhau một dòng) hoặc tải tệp PDF/DOCX bên dưới.
            </small>
          </div>
        ) : null}
        <EntryFiles
          id={f('files')}
          accept={category ? ACCEPT_BY_MEDIUM[category.medium] : undefined}
          hint={rule ? `Thể loại này nhận ${rule.accepts}.` : 'Chọn thể loại để biết loại tệp được nhận.'}
          uploads={uploads}
          paused={uploader.paused}
          files={files}
          onFiles={uploader.onFiles}
          onDismiss={uploader.dismiss}
          onForget={uploader.forget}
          onRemove={(id) => setFiles((all) => all.filter((x) => x.id !== id))}
        />
      </fieldset>

      <fieldset disabled={!editable || busy !== null}>
        <legend>Đăng, phát</legend>
        <div className="field">
          <label htmlFor={f('outlet')}>Cơ quan đăng, phát</label>
          <select id={f('outlet')} name="outlet" value={outlet} onChange={(e) => setOutlet(e.target.value ? Number(e.target.value) : '')}>
            <option value="">— Khác / chưa đăng (ghi tên bên dưới) —</option>
            {outlets.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={f('outletName')}>Tên cơ quan đăng, phát khác</label>
          <input id={f('outletName')} name="outletName" value={outletName} onChange={(e) => setOutletName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={f('publishedOn')}>Ngày đăng, phát</label>
          <input
            id={f('publishedOn')}
            name="publishedOn"
            type="date"
            value={publishedOn}
            onChange={(e) => setPublishedOn(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={f('publicLink')}>Đường dẫn công khai</label>
          <input
            id={f('publicLink')}
            name="publicLink"
            type="url"
            inputMode="url"
            placeholder="https://"
            value={publicLink}
            onChange={(e) => setPublicLink(e.target.value)}
          />
        </div>
      </fieldset>

      <CoAuthorsFieldset
        id={f('co')}
        value={coAuthors}
        onChange={setCoAuthors}
        max={maxCo}
        categoryChosen={!!category}
        disabled={!editable || busy !== null}
      />

      <fieldset disabled={!editable || busy !== null}>
        <legend>Điển hình được phản ánh</legend>
        <ExemplarPicker value={exemplars} onChange={setExemplars} />
        <div className="field">
          <label htmlFor={f('exemplarNames')}>Điển hình khác (ghi tên)</label>
          <input id={f('exemplarNames')} name="exemplarNames" value={exemplarNames} onChange={(e) => setExemplarNames(e.target.value)} />
        </div>
      </fieldset>

      <div className="field checkbox">
        <input
          id={f('original')}
          type="checkbox"
          name="originalityDeclared"
          checked={original}
          disabled={!editable || busy !== null}
          onChange={(e) => setOriginal(e.target.checked)}
        />
        <label htmlFor={f('original')}>Cam kết tác phẩm là của tác giả, không sao chép</label>
      </div>

      <div className="actions">
        <button
          type="button"
          disabled={!editable || busy !== null}
          aria-busy={busy === 'draft' || undefined}
          onClick={() => void save('draft')}
        >
          {busy === 'draft' ? 'Đang lưu…' : status === 'submitted' ? 'Lưu thay đổi' : 'Lưu nháp'}
        </button>
        {status !== 'submitted' ? (
          <button type="submit" disabled={!editable || busy !== null} aria-busy={busy === 'submit' || undefined}>
            {busy === 'submit' ? (uploading ? 'Đang chờ tải tệp…' : 'Đang nộp…') : 'Nộp bài'}
          </button>
        ) : null}
      </div>
    </form>
  )
}
