/** Runs a command's main function and exits with its code; a failure prints its message under the command's tag. */
export function runMain(tag: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`[${tag}] ${err instanceof Error ? err.message : err}`)
      process.exit(1)
    },
  )
}
