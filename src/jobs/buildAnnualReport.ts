import type { Payload, TaskConfig } from 'payload'
import { buildAnnualReport } from '../domain/report/annualReport'
import { loadReportInput } from '@/server/report/loadReportInput'
import { annualReportPdf, annualReportXlsx } from '@/server/report/renderAnnualReport'

async function progress(payload: Payload, id: number, data: Record<string, unknown>) {
  await payload.update({ collection: 'annualReports', id, data, overrideAccess: true, depth: 0 })
}

async function store(payload: Payload, data: Buffer, name: string, mimetype: string): Promise<number> {
  const doc = await payload.create({
    collection: 'media',
    data: { visibility: 'private', alt: name },
    file: { data, name, mimetype, size: data.length },
    overrideAccess: true,
    depth: 0,
  })
  return doc.id
}

/** Gathers the year's records, writes the XLSX and the PDF, and reports progress on the request document. */
export const buildAnnualReportTask: TaskConfig<{ input: { reportId: number }; output: object }> = {
  slug: 'buildAnnualReport',
  label: 'Tổng hợp báo cáo năm',
  inputSchema: [{ name: 'reportId', type: 'number', required: true }],
  retries: 1,
  handler: async ({ input, req }) => {
    const { payload } = req
    const id = input.reportId
    try {
      await progress(payload, id, { status: 'running', progress: 10 })
      const request = await payload.findByID({ collection: 'annualReports', id, depth: 0, overrideAccess: true })
      const { input: data, scopeName } = await loadReportInput(payload, request.year, request.unit == null ? null : Number(request.unit))
      await progress(payload, id, { progress: 50, title: `Báo cáo năm ${request.year} — ${scopeName}` })
      const report = buildAnnualReport(data)
      const base = `bao-cao-${request.year}-${id}`
      const xlsx = await store(
        payload,
        await annualReportXlsx(report, scopeName),
        `${base}.xlsx`,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      )
      await progress(payload, id, { progress: 75, xlsx })
      const pdf = await store(payload, await annualReportPdf(report, scopeName), `${base}.pdf`, 'application/pdf')
      await progress(payload, id, { status: 'done', progress: 100, pdf, message: '' })
    } catch (err) {
      await progress(payload, id, { status: 'failed', message: err instanceof Error ? err.message : String(err) })
      throw err
    }
    return { output: {} }
  },
}
