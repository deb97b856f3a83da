import * as fontkit from 'fontkit'
import { createRequire } from 'node:module'

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
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const

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
    font = fontkit.openSync(createRequire(import.meta.url).resolve(FONT_FILES[weight])) as fontkit.Font
    opened.set(weight, font)
  }
  return font
}
