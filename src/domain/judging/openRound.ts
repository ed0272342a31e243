/** A round is open for judging while the contest is in judging and the organizers have not closed that round. */
export interface ContestRounds {
  status?: string | null
  rounds?: readonly { round?: string | null; closed?: boolean | null }[] | null
}

export function roundOpen(contest: ContestRounds | null | undefined, round: string | null | undefined): boolean {
  if (!contest || contest.status !== 'judging' || !round) return false
  const config = (contest.rounds ?? []).find((r) => r.round === round)
  return !!config && !config.closed
}
