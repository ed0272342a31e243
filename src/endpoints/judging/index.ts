import type { Endpoint } from 'payload'
import { allocatePrizesEndpoint, approvePrizesEndpoint, publishResultsEndpoint } from './prizes'
import { assignJudgesEndpoint } from './assign'
import { closeRoundEndpoint } from './closeRound'
import { leaderboardEndpoint } from './leaderboard'
import { scoresXlsxEndpoint } from './scoresXlsx'

/** Judging endpoints under /api/contests/:id/… (organizers only). */
export const contestEndpoints: Endpoint[] = [
  leaderboardEndpoint,
  assignJudgesEndpoint,
  closeRoundEndpoint,
  allocatePrizesEndpoint,
  approvePrizesEndpoint,
  publishResultsEndpoint,
  scoresXlsxEndpoint,
]
