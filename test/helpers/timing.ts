/** Milliseconds `work` takes, whether it succeeds or fails. */
async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work().catch(() => undefined)
  return performance.now() - started
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** The median time of each of two kinds of attempt, taken in turns so both see the same load. */
export async function medianTimes(rounds: number, first: (round: number) => Promise<unknown>, second: (round: number) => Promise<unknown>): Promise<[number, number]> {
  const firstTimes: number[] = []
  const secondTimes: number[] = []
  for (let round = 0; round < rounds; round += 1) {
    firstTimes.push(await elapsed(() => first(round)))
    secondTimes.push(await elapsed(() => second(round)))
  }
  return [median(firstTimes), median(secondTimes)]
}

/**
 * Whether two median times show the same work: within 40% of each other either way. A sign-in that skips
 * the password hash answers in a few percent of the time of one that does it, so this tells the two apart,
 * while a parallel test run's load (which moved the medians by up to 30% in CI) does not.
 */
export const sameWork = (first: number, second: number): boolean => Math.min(first, second) / Math.max(first, second) > 0.6
