import type { Payload, PayloadRequest } from 'payload'
import { refId } from '../../access/user'
import { normalizeCertificateCode } from '../../domain/contest/certificateCode'
import { coAuthorNames, entryCredits } from '../../domain/contest/credits'
import { PRIZE_LABELS } from '../../domain/contest/labels'
import type { Prize } from '../../domain/judging/prizes'
import type { CertificateData } from '../../lib/pdf/certificate'
import { siteUrl, verifyPath } from '../../lib/site/paths'

/** Everything a certificate shows, read with overrideAccess once the caller is known to be allowed. */
export async function certificateData(
  req: PayloadRequest,
  entryId: number,
): Promise<{ data: CertificateData; authorId: number; awarded: boolean } | null> {
  const entry = await req.payload.findByID({ collection: 'entries', id: entryId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!entry) return null
  const [author, contest] = await Promise.all([
    req.payload.findByID({
      collection: 'users',
      id: Number(refId(entry.author)),
      depth: 0,
      overrideAccess: true,
      req,
      select: { fullName: true },
    }),
    req.payload.findByID({ collection: 'contests', id: Number(refId(entry.contest)), depth: 0, overrideAccess: true, req, locale: 'vi' }),
  ])
  const awarded = entry.status === 'awarded' && !!entry.prize && contest.status === 'resultsPublished'
  const code = entry.certificateCode ?? ''
  return {
    authorId: Number(refId(entry.author)),
    awarded: awarded && !!code,
    data: {
      authorName: author.fullName,
      coAuthors: coAuthorNames(entry.coAuthors),
      title: entry.title,
      prize: entry.prize ? PRIZE_LABELS[entry.prize as Prize].vi : '',
      contest: contest.title,
      date: contest.results?.publishedAt ? new Date(contest.results.publishedAt) : new Date(),
      verificationCode: code,
      verifyUrl: siteUrl(verifyPath(code)),
    },
  }
}

export interface VerifiedCertificate {
  code: string
  authors: string[]
  title: string
  prize: string
  category: string
  contest: { title: string; slug: string | null; year: number }
  publishedAt: string | null
}

/**
 * The public check of a printed certificate: the award behind a verification code, only for an awarded entry of
 * a contest whose results are published. Only what the certificate itself prints leaves the server.
 */
export async function verifyCertificate(payload: Payload, input: string): Promise<VerifiedCertificate | null> {
  const code = normalizeCertificateCode(input)
  if (!code) return null
  const found = await payload.find({
    collection: 'entries',
    where: { and: [{ certificateCode: { equals: code } }, { status: { equals: 'awarded' } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    select: { title: true, prize: true, author: true, coAuthors: true, contest: true, category: true, certificateCode: true },
  })
  const entry = found.docs[0]
  if (!entry?.prize) return null
  const [contest, author, category] = await Promise.all([
    payload.findByID({
      collection: 'contests',
      id: Number(refId(entry.contest)),
      depth: 0,
      overrideAccess: true,
      locale: 'vi',
      select: { title: true, slug: true, year: true, status: true, results: true },
    }),
    payload.findByID({ collection: 'users', id: Number(refId(entry.author)), depth: 0, overrideAccess: true, select: { fullName: true } }),
    payload.findByID({
      collection: 'contestCategories',
      id: Number(refId(entry.category)),
      depth: 0,
      overrideAccess: true,
      locale: 'vi',
      select: { name: true },
    }),
  ])
  if (contest.status !== 'resultsPublished') return null
  return {
    code,
    authors: entryCredits(author.fullName, entry.coAuthors),
    title: entry.title,
    prize: PRIZE_LABELS[entry.prize as Prize].vi,
    category: category.name,
    contest: { title: contest.title, slug: contest.slug ?? null, year: contest.year },
    publishedAt: contest.results?.publishedAt ?? null,
  }
}
