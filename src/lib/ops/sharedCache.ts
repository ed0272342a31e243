/**
 * With the page cache in Redis, the pages rendered at build time live only in this build's .next folder: each
 * server copies them into Redis when it starts, without overwriting a page another process has already refreshed.
 */
export async function loadBuiltPages(): Promise<void> {
  try {
    const { registerInitialCache } = await import('@fortedigital/nextjs-cache-handler/instrumentation')
    const CacheHandler = (await import('../../../cache-handler.mjs')).default
    await registerInitialCache(CacheHandler, { setOnlyIfNotExists: true })
  } catch (err) {
    // pages are then rendered on their first visit: slower, never wrong
    console.warn(
      `[cache] Không nạp được trang dựng sẵn vào Redis / could not load built pages into Redis: ` +
        `${err instanceof Error ? err.message : err}`,
    )
  }
}
