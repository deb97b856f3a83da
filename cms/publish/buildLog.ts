/** How many lines of output a report keeps. */
const LOG_TAIL_LINES = 60

/** A build log that keeps only its last lines, for the admin. */
export function createBuildLog(echo: boolean) {
  const lines: string[] = []
  const add = (text: string) => {
    for (const line of text.split('\n')) {
      if (!line.trim()) continue
      lines.push(line.trimEnd())
      if (echo) console.log(line.trimEnd())
    }
    lines.splice(0, Math.max(0, lines.length - LOG_TAIL_LINES))
  }
  return { add, tail: () => lines.join('\n') }
}

/** A failed portal build, with the end of its log. */
export class PortalBuildError extends Error {
  constructor(
    message: string,
    readonly logTail: string,
  ) {
    super(message)
    this.name = 'PortalBuildError'
  }
}
