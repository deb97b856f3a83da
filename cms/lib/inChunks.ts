/** Values per `in` condition: well under SQLite's bound-parameter limit, and few round trips. */
const IN_CHUNK = 500

/** `items` in slices of IN_CHUNK, one per `in` query. */
export const inChunks = <T>(items: readonly T[]): T[][] => Array.from({ length: Math.ceil(items.length / IN_CHUNK) }, (_, index) => items.slice(index * IN_CHUNK, (index + 1) * IN_CHUNK))
