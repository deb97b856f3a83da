import { ConfigError } from '../../cms/config/errors'
import { ContentValidationError } from './seed/content'

/**
 * Print a failure as one readable line (plus the list, for content problems)
 * and exit non-zero. Set DEBUG=1 to see the stack as well.
 */
export function exitWithError(error: unknown): never {
  if (error instanceof ConfigError) {
    console.error(`错误 [${error.code}]：${error.message}`)
  } else if (error instanceof ContentValidationError) {
    console.error(`错误 [CONTENT_INVALID]：${error.message}`)
  } else {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`错误 [UNEXPECTED]：${message.split('\n')[0]}（设置 DEBUG=1 可查看详细信息）`)
  }
  if (process.env.DEBUG && error instanceof Error) console.error(error.stack)
  process.exit(1)
}

/** Run a CLI entry point, turning any failure into a one-line error and exit code 1. */
export function runCli(main: () => Promise<void>): void {
  main().catch(exitWithError)
}
