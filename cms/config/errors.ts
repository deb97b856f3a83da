/**
 * A configuration or environment problem found before or during start-up.
 * `code` is for programs and logs; `message` is the one line an operator reads.
 */
export class ConfigError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ConfigError'
  }
}
