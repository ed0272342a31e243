import { describe, expect, it } from 'vitest'
import { buildAnnualReport, type ReportInput } from '../../src/domain/report/annualReport'

const base: ReportInput = {
  year: 2025,
  unitIds: new Set([1, 2]),
  fields: [
    { id: 10, name: 'Nông nghiệp' },
    { id: 11, name: 'Y tế' },
  ],
  criteriaSets: [
    { unit: 1, year: 2025 },
    { unit: 2, year: 2024 },
    { unit: 3, year: 2025 },
  ],
  exemplars: [
    { unit: 1, fields: [10], recognisedYears: [2025], status: 'recognised', discoveredOn: '2025-02-01' },
    { unit: 2, fields: [10, 11], recognisedYears: [2024, 2025], status: 'provincial', discoveredOn: '2024-05-01' },
    { unit: 2, fields: [11], recognisedYears: [2025], status: 'archived', discoveredOn: '2025-03-01' },
    { unit: 3, fields: [10], recognisedYears: [2025], status: 'recognised', discoveredOn: '2025-01-01' },
  ],
  nurturing: [
    { unit: 1, day: '2025-04-01' },
    { unit: 1, day: '2024-04-01' },
  ],
  decisions: [
    { unit: 2, day: '2025-06-01', to: 'proposedToProvince' },
    { unit: 2, day: '2025-08-01', to: 'provincial' },
    { unit: 3, day: '2025-08-01', to: 'provincial' },
  ],
  articles: [
    { outlet: 'Báo', column: 'Gương sáng', day: '2025-01-02' },
    { outlet: 'Báo', column: 'Gương sáng', day: '2025-03-02' },
    { outlet: 'Đài', column: 'Nhân tố mới', day: '2024-12-31' },
  ],
  events: [
    { unit: 1, day: '2025-05-19', kind: 'honouring' },
    { unit: 9, day: '2025-05-19', kind: 'talk' },
  ],
  contestEntries: [
    { contest: 'Cuộc thi 2025', year: 2025, status: 'awarded', prize: 'A' },
    { contest: 'Cuộc thi 2025', year: 2025, status: 'eligible' },
    { contest: 'Cuộc thi 2025', year: 2025, status: 'draft' },
  ],
  commendations: [
    { unit: 1, day: '2025-09-02', form: 'bangKhen', status: 'approved' },
    { unit: 2, day: '2025-10-02', form: 'bangKhen', status: 'returned' },
  ],
  inspections: [
    { unit: 1, day: '2025-07-01', followUp: 'done' },
    { unit: 2, day: '2025-07-05', followUp: 'open' },
  ],
  budget: [
    { unit: 1, year: 2025, amount: 15_000_000 },
    { unit: 2, year: 2025, amount: 5_000_000 },
    { unit: 1, year: 2024, amount: 9 },
  ],
}

describe('buildAnnualReport', () => {
  const r = buildAnnualReport(base)
  it('counts only the units in scope and only the year', () => {
    expect(r.criteriaIssued).toBe(1)
    expect(r.nurtured).toBe(1)
    expect(r.budgetTotal).toBe(20_000_000)
    expect(r.events).toEqual([{ kind: 'honouring', count: 1 }])
  })
  it('counts exemplars per field: discovered that year, recognised that year and not archived', () => {
    expect(r.perField).toEqual([
      { field: 'Nông nghiệp', discovered: 1, recognised: 2 },
      { field: 'Y tế', discovered: 1, recognised: 1 },
    ])
  })
  it('counts forwarding and decisions', () => expect(r.forwarded).toEqual({ toProvince: 1, provincial: 1, toCentral: 0, national: 0 }))
  it('groups articles by outlet and column', () => expect(r.articles).toEqual([{ outlet: 'Báo', column: 'Gương sáng', count: 2 }]))
  it('summarises contest, commendations and inspections', () => {
    expect(r.contest).toEqual([{ contest: 'Cuộc thi 2025', entries: 2, awarded: 1 }])
    expect(r.commendations).toEqual([{ form: 'bangKhen', proposed: 2, approved: 1 }])
    expect(r.inspections).toEqual({ total: 2, followedUp: 1 })
  })
})
