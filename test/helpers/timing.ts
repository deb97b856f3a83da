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
