import autocannon from 'autocannon'

/** What a load run measured: rates per second, latencies in milliseconds. */
export type LoadFigures = {
  connections: number
  seconds: number
  requests: number
  /** Completed requests per second over the run. */
  perSecond: number
  /** The slowest and fastest one-second samples: a sustained rate keeps the lowest close to the mean. */
  lowestSecond: number
  highestSecond: number
  p50: number
  p90: number
  p99: number
  max: number
  /** Failed requests: connection errors, timeouts and every answer that is not 2xx. */
  errors: number
  /** Answers by status code, e.g. { 201: 12000 }, and connection errors as `error`. */
  outcomes: Record<string, number>
}

/**
 * Run autocannon in this process with `options` (closed loop: each
 * connection sends its next request when the last one is answered) and
 * summarise the result.
 */
export async function runLoad(options: autocannon.Options): Promise<LoadFigures> {
  const result = await autocannon({ timeout: 10, ...options })
  const outcomes: Record<string, number> = {}
  for (const [code, { count = 0 }] of Object.entries(result.statusCodeStats ?? {})) outcomes[code] = count
  if (result.errors) outcomes.error = result.errors
  return {
    connections: result.connections,
    seconds: result.duration,
    requests: result.requests.total,
    perSecond: result.requests.total / result.duration,
    lowestSecond: result.requests.min,
    highestSecond: result.requests.max,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.non2xx,
    outcomes,
  }
}
