'use client'

import { useEffect, useRef, useState } from 'react'
import { wantsResumable } from '@/domain/media/resumable'
import type { Upload } from './EntryFiles'
import { forgetPaused, pausedUploads, uploadResumable, type PausedUpload } from './resumableUpload'
import { uploadFile, type UploadedFile } from './uploadFile'

/**
 * The entry form's uploads: each chosen file goes up with a progress bar (recordings and large files in resumable
 * pieces, the rest in one request), and unfinished resumable uploads of earlier visits wait to be picked up.
 */
export function useUploads(userId: number | undefined, onUploaded: (file: UploadedFile) => void) {
  const [uploads, setUploads] = useState<Upload[]>([])
  const [paused, setPaused] = useState<PausedUpload[]>([])
  const pending = useRef<Set<Promise<unknown>>>(new Set())
  // the latest callback, kept for uploads that finish after a later render
  const uploaded = useRef(onUploaded)
  useEffect(() => {
    uploaded.current = onUploaded
  }, [onUploaded])

  useEffect(() => {
    if (userId == null) return
    let live = true
    void pausedUploads(userId)
      .then((list) => live && setPaused(list))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [userId])

  const update = (key: string, patch: Partial<Upload>) => setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...patch } : u)))

  function onFiles(list: FileList | null) {
    if (!list) return
    for (const file of Array.from(list)) {
      const key = `${file.name}-${file.size}-${Date.now()}-${Math.random()}`
      setUploads((all) => [...all, { key, name: file.name, percent: 0 }])
      const progress = (percent: number) => update(key, { percent })
      const resumed = () => {
        update(key, { resumed: true })
        setPaused((all) => all.filter((p) => !(p.name === file.name && p.size === file.size)))
      }
      const sent =
        userId != null && wantsResumable(file) ? uploadResumable(file, userId, { progress, resumed }) : uploadFile(file, progress)
      const p = sent.then((res) => {
        if (!res.ok) return update(key, { error: res.message })
        uploaded.current(res.file)
        setUploads((all) => all.filter((u) => u.key !== key))
      })
      pending.current.add(p)
      void p.finally(() => pending.current.delete(p))
    }
  }

  return {
    uploads,
    paused,
    onFiles,
    /** Waits for the uploads under way: a save includes the files still arriving. */
    settle: () => Promise.allSettled([...pending.current]),
    dismiss: (key: string) => setUploads((all) => all.filter((u) => u.key !== key)),
    forget: (p: PausedUpload) => void forgetPaused(p).finally(() => setPaused((all) => all.filter((x) => x.key !== p.key))),
  }
}
