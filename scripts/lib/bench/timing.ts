/** The value below which `fraction` of `values` lie (nearest rank), e.g. 0.5 for the median. */
export function percentile(values: readonly number[], fraction: number): number {
  if (!values.length) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!
}

export const median = (values: readonly number[]): number => percentile(values, 0.5)

/** One request's times in milliseconds: until the status line and headers arrived, and until the whole body had. */
type RequestTiming = { bytes: number; completeMs: number; firstByteMs: number; status: number }

export async function timeRequest(url: string, init: RequestInit = {}): Promise<RequestTiming> {
  const started = performance.now()
  const response = await fetch(url, init)
  const firstByteMs = performance.now() - started
  const body = await response.arrayBuffer()
  return { status: response.status, bytes: body.byteLength, firstByteMs, completeMs: performance.now() - started }
}

/** Median and 95th percentile of `runs` requests made one after another, after one untimed warm-up. */
export type RepeatedTiming = {
  bytes: number
  complete: { median: number; p95: number }
  firstByte: { median: number; p95: number }
  runs: number
  statuses: number[]
}

export async function timeRepeatedly(url: string, init: RequestInit, runs: number): Promise<RepeatedTiming> {
  await timeRequest(url, init)
  const timings: RequestTiming[] = []
  for (let run = 0; run < runs; run += 1) timings.push(await timeRequest(url, init))
  const summary = (values: number[]) => ({ median: median(values), p95: percentile(values, 0.95) })
  return {
    runs,
    bytes: timings.at(-1)?.bytes ?? 0,
    statuses: [...new Set(timings.map((timing) => timing.status))],
    firstByte: summary(timings.map((timing) => timing.firstByteMs)),
    complete: summary(timings.map((timing) => timing.completeMs)),
  }
}
