type Env = Record<string, string | undefined>

/** A whole number set in the environment as `name`, at least `min`; `fallback` when unset, empty or not one. */
export function integerFromEnv(name: string, fallback: number, { env = process.env, min = 1 }: { env?: Env; min?: number } = {}): number {
  const configured = env[name]?.trim()
  const value = configured ? Number(configured) : Number.NaN
  return Number.isSafeInteger(value) && value >= min ? value : fallback
}
