'use client'

import { useEffect, useState } from 'react'
import type { PdfState } from '@/server/publications/pdfState'
import { getJson } from '@/lib/client/api'
import { formatDate } from '@/lib/site/format'

const POLL_MS = 4000
const POLL_LIMIT = 45

/**
 * The download box of the e-publication. The page around it is cached, so the box asks the server for the PDF's
 * state when it opens and, while a build runs, every few seconds: the link appears as soon as the file is ready.
 */
export function PdfStatus({ year, initial }: { year: number; initial: PdfState }) {
  const [state, setState] = useState(initial)
  useEffect(() => {
    let stopped = false
    let polls = 0
    const check = async (): Promise<PdfState | null> => {
      const res = await getJson<PdfState>(`/api/publications/pdf?year=${year}`)
      if (!res.ok) return null
      if (!stopped) setState(res.data)
      return res.data
    }
    const loop = async () => {
      const latest = await check()
      if (stopped || polls++ >= POLL_LIMIT) return
      if (latest && (latest.action === 'serve' || latest.action === 'showFailure')) return
      timer = setTimeout(loop, POLL_MS)
    }
    let timer = setTimeout(loop, 0)
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [year])

  if (state.action === 'serve' && state.url)
    return (
      <p className="info" data-testid="publication-pdf">
        <a className="button" href={state.url} download>
          Tải bản PDF
        </a>{' '}
        <span className="meta">cập nhật {formatDate(state.builtAt, true)}</span>
      </p>
    )
  if (state.action === 'showFailure')
    return (
      <p className="info" data-testid="publication-pdf">
        Bản PDF tạm thời chưa tạo được; ban biên tập đã được thông báo. Bạn vẫn có thể đọc toàn bộ ấn phẩm trên trang này.
      </p>
    )
  return (
    <p className="info" role="status" data-testid="publication-pdf">
      Đang cập nhật bản PDF{state.progress ? ` (${state.progress}%)` : ''}. Bạn vẫn có thể đọc toàn bộ ấn phẩm trên trang này.
    </p>
  )
}
