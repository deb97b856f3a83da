import * as fontkit from 'fontkit'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * The typeface of every document the platform prints: Noto Sans Hans
 * (思源黑体, SIL Open Font License 1.1), shipped by the npm package
 * `@embedpdf/fonts-sc`, so a machine with only Node and the registry has it
 * and nothing is fetched at run time. It covers the 27,000+ hanzi of
 * GB 18030's basic plane, rare name characters included.
 */
const FONT_PACKAGE = '@embedpdf/fonts-sc'
const REGULAR = 'NotoSansHans-Regular.otf'

/** The font file's path: beside the package's entry point, which is all it exports. */
function fontPath(file: string): string {
  const entry = createRequire(import.meta.url).resolve(FONT_PACKAGE)
  return path.join(path.dirname(entry), '..', 'fonts', file)
}

let regular: fontkit.Font | undefined

/**
 * The parsed font, opened once per process: parsing its 8 MB takes longer
 * than rendering a document, and each document embeds only the subset of
 * glyphs it uses (a few dozen kilobytes).
 */
export function documentFont(): fontkit.Font {
  regular ??= fontkit.openSync(fontPath(REGULAR)) as fontkit.Font
  return regular
}

/** Whether the font can draw every character of `text` (a name with a character outside it would print as a blank). */
export const fontCovers = (text: string): boolean => [...text].every((character) => /\s/.test(character) || documentFont().hasGlyphForCodePoint(character.codePointAt(0)!))
