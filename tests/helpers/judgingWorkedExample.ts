/** The hand-computed example of src/domain/judging/aggregate.ts, shared by the unit tests. */
export const WORKED_SCORES = [
  { entry: 'E1', judge: 'J1', total: 90 },
  { entry: 'E2', judge: 'J1', total: 80 },
  { entry: 'E3', judge: 'J1', total: 70 },
  { entry: 'E1', judge: 'J2', total: 50 },
  { entry: 'E2', judge: 'J2', total: 70 },
  { entry: 'E3', judge: 'J2', total: 60 },
  { entry: 'E1', judge: 'J3', total: 75 },
  { entry: 'E2', judge: 'J4', total: 60 },
  { entry: 'E3', judge: 'J4', total: 60 },
]

/** Assignments still counting: E2 also has J5 (not submitted), E4 has J3 and J4 (neither submitted). */
export const WORKED_ENTRIES = [
  { id: 'E1', assigned: 3, submittedAt: '2026-03-01T01:00:00Z' },
  { id: 'E2', assigned: 4, submittedAt: '2026-03-01T02:00:00Z' },
  { id: 'E3', assigned: 3, submittedAt: '2026-03-01T03:00:00Z' },
  { id: 'E4', assigned: 2, submittedAt: '2026-03-01T04:00:00Z' },
]
