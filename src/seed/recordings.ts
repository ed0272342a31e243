import { readFile } from 'node:fs/promises'
import type { Payload } from 'payload'
import { asTrusted } from '../lib/api/trustedWrite'

export interface SeedRecording {
  /** the article (of the audio or video format, with its transcript in the demo data) that plays the file */
  article: string
  field: 'audio' | 'video'
  /** a file in src/seed/media, made once by src/seed/media/make.sh */
  file: string
  mimetype: 'audio/mpeg' | 'video/mp4'
  alt: string
}

/** The radio piece and the TV piece of the demo play real (short) recordings. */
export const RECORDINGS: SeedRecording[] = [
  {
    article: 'ho-ong-pinang-thanh-thoat-ngheo-nho-dieu-ghep-va-nuoi-de',
    field: 'audio',
    file: 'nhan-to-moi-pinang-thanh.mp3',
    mimetype: 'audio/mpeg',
    alt: 'Chương trình phát thanh Nhân tố mới: hộ ông Pinăng Thanh thoát nghèo (bản minh họa)',
  },
  {
    article: 'nghe-nhan-phu-thi-my-giu-nghe-det-tho-cam-lang-my-nghiep',
    field: 'video',
    file: 'guong-sang-que-huong-phu-thi-my.mp4',
    mimetype: 'video/mp4',
    alt: 'Phóng sự Gương sáng quê hương: nghệ nhân Phú Thị Mỹ (bản minh họa)',
  },
]

export const recordingBytes = (r: SeedRecording): Promise<Buffer> => readFile(new URL(`./media/${r.file}`, import.meta.url))

/** Uploads each recording once and sets it on its article; an article that already has its file is left alone. */
export async function seedRecordings(payload: Payload): Promise<void> {
  for (const r of RECORDINGS) {
    const found = await payload.find({
      collection: 'articles',
      where: { slug: { equals: r.article } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const article = found.docs[0]
    if (!article || article[r.field]) continue
    const data = await recordingBytes(r)
    const media = await payload.create({
      collection: 'media',
      data: { alt: r.alt, visibility: 'public' },
      file: { data, mimetype: r.mimetype, name: r.file, size: data.length },
      overrideAccess: true,
      depth: 0,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { [r.field]: media.id, _status: 'published' },
      overrideAccess: true,
      depth: 0,
      context: asTrusted(),
    })
  }
}
