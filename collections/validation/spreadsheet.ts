/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts
 * with = + - @, a tab or a carriage return may be run as a formula when an
 * export is opened in Excel or WPS. Exports neutralise such cells with a
 * leading single quote — phone numbers like +86… and negative numbers too,
 * as OWASP advises, since the spreadsheet cannot tell them apart — and
 * imports read that quote back off, so an export imports as it was.
 */

const FORMULA_START = /^[=+\-@\t\r]/

/** Whether a spreadsheet program may take this cell for a formula. */
export const startsLikeFormula = (cell: string): boolean => FORMULA_START.test(cell)

/** The cell as an export writes it: formula-like text behind a single quote. */
export const neutraliseFormula = (cell: string): string => (startsLikeFormula(cell) ? `'${cell}` : cell)

/** The cell as an import reads it: without the quote an export put in front of formula-like text. */
export const withoutFormulaQuote = (cell: string): string => (cell.startsWith("'") && startsLikeFormula(cell.slice(1)) ? cell.slice(1) : cell)
