import type { PayloadRequest, TypedUser } from 'payload'

/** A judge's own assignments, in the order they were made, read with the judge's access. */
export function assignmentsOfJudge(req: PayloadRequest, judge: TypedUser) {
  return req.payload.find({
    collection: 'judgeAssignments',
    where: { judge: { equals: judge.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'id',
    overrideAccess: false,
    user: judge,
    req,
  })
}
