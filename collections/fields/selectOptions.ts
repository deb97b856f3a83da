/** A select field's options from a table of labels keyed by stored value. */
export const selectOptions = <L>(labels: Record<string, L>): { label: L; value: string }[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))
