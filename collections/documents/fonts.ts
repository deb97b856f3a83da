import * as fontkit from 'fontkit'
import path from 'node:path'

import { ROOT_DIR } from '../../cms/config/paths'

/**
 * The typeface of every document the platform prints: Noto Sans SC
 * (思源黑体, SIL Open Font License 1.1), as the TrueType files Google Fonts
 * publishes, shipped by the npm package `@expo-google-fonts/noto-sans-sc` —
 * so a machine with only Node and the registry has it, and nothing is
 * fetched at run time. It covers GB 18030's basic plane (rare name
 * characters such as 喆, 堃 included). TrueType outlines, not the CFF of the
 * .otf releases: fontkit subsets them several times faster and smaller.
 */
const FONT_FILES = {
  regular: '400Regular/NotoSansSC_400Regular.ttf',
  bold: '700Bold/NotoSansSC_700Bold.ttf',
} as const

/**
 * The package's folder under the repository's node_modules. Not found with
 * require.resolve: the Next build rewrites that into its own module lookup,
 * which knows nothing of a font file.
 */
const FONT_DIR = path.join(ROOT_DIR, 'node_modules', '@expo-google-fonts', 'noto-sans-sc')

export type DocumentWeight = keyof typeof FONT_FILES

const opened = new Map<DocumentWeight, fontkit.Font>()

/**
 * The parsed font of `weight`, opened once per process: parsing its 10 MB
 * takes longer than drawing a document, and each document embeds only the
 * subset of glyphs it uses (a few kilobytes).
 */
export function documentFont(weight: DocumentWeight): fontkit.Font {
  let font = opened.get(weight)
  if (!font) {
    font = fontkit.openSync(path.join(FONT_DIR, FONT_FILES[weight])) as fontkit.Font
    opened.set(weight, font)
  }
  return font
}
