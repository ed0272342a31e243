import { type PayloadRequest } from 'payload'
import { Refusal } from './api/errors'

/** The JSON body of a custom endpoint, or a clear 400 when it is missing or broken. */
export async function readJsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = req.json ? await req.json() : undefined
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>
  } catch {
    // fall through to the 400 below
  }
  throw new Refusal('Dữ liệu gửi lên không phải JSON hợp lệ.', 400)
}

/** A short Vietnamese "not found" for routes that answer files (feeds, sitemap files) rather than pages. */
export const plainTextNotFound = (message: string): Response =>
  new Response(message, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
