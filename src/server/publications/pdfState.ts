import type { PublicationPdfState } from './ensurePublication'

/** What the public page shows of the year's PDF: ready (with its link), being built (with progress), or nothing yet. */
export interface PdfState {
  action: PublicationPdfState['action']
  url: string | null
  progress: number
  builtAt: string | null
}

export const pdfStateOf = (state: PublicationPdfState): PdfState => ({
  action: state.action,
  url: state.action === 'serve' ? (state.url ?? null) : null,
  progress: state.doc?.progress ?? 0,
  builtAt: state.doc?.builtAt ?? null,
})
