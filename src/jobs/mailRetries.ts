/**
 * Mail tasks try again with growing pauses (30 s, 1, 2, 4 … 64 min: eight retries, about two hours in all), so an
 * SMTP outage delays a mail instead of losing it. MAIL_RETRY_DELAY_MS sets the first pause (the tests shorten it).
 */
export const mailRetries = () => ({
  attempts: 8,
  backoff: { type: 'exponential' as const, delay: Number(process.env.MAIL_RETRY_DELAY_MS || 30_000) },
})
