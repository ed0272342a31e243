/** The two judging rounds of a contest and their Vietnamese names in running text ("vòng sơ khảo"). */
export type Round = 'preliminary' | 'final'
export const ROUNDS: readonly Round[] = ['preliminary', 'final']
export const ROUND_NAME: Record<Round, string> = { preliminary: 'sơ khảo', final: 'chung khảo' }

export const isRound = (value: unknown): value is Round => value === 'preliminary' || value === 'final'
