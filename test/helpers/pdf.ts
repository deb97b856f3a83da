import { inflateSync } from 'node:zlib'

/**
 * Read back what a PDF of ours says, enough for tests: the text drawn with
 * the embedded fonts (each run's glyph codes mapped through its own font's
 * ToUnicode table) and the names of the embedded fonts. Only what pdfkit
 * writes (Identity-H text in TJ arrays, bfrange tables, fonts named in the
 * page resources) is understood: not a general PDF parser.
 */
export type PdfFacts = { fonts: string[]; fontFiles: number; text: string }

type PdfObject = { dictionary: string; stream: null | string }

/** Every object by number: its dictionary and its stream as Latin-1 text, inflated when compressed. */
function objectsOf(pdf: Buffer): Map<number, PdfObject> {
  const source = pdf.toString('latin1')
  const objects = new Map<number, PdfObject>()
  for (const match of source.matchAll(/(\d+) 0 obj\b/g)) {
    const start = match.index + match[0].length
    const end = source.indexOf('endobj', start)
    const body = source.slice(start, end)
    const streamAt = body.search(/stream\r?\n/)
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dictionary: body, stream: null })
      continue
    }
    const dataStart = start + streamAt + body.slice(streamAt).indexOf('\n') + 1
    const bytes = pdf.subarray(dataStart, source.indexOf('endstream', dataStart))
    const dictionary = body.slice(0, streamAt)
    objects.set(Number(match[1]), { dictionary, stream: (dictionary.includes('/FlateDecode') ? inflateSync(bytes) : bytes).toString('latin1') })
  }
  return objects
}

/** Glyph code → character, from one ToUnicode CMap's bfrange tables. */
function unicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>()
  for (const [, start, , list] of cmap.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi)) {
    const targets = [...list!.matchAll(/<([0-9a-f]+)>/gi)].map((target) => String.fromCharCode(...target[1]!.match(/.{4}/g)!.map((unit) => parseInt(unit, 16))))
    targets.forEach((character, offset) => map.set(parseInt(start!, 16) + offset, character))
  }
  return map
}

/** Resource name (F1, F2 …) → that font's glyph map. */
function fontMaps(objects: Map<number, PdfObject>): Map<string, Map<number, string>> {
  const maps = new Map<string, Map<number, string>>()
  for (const { dictionary } of objects.values()) {
    const resources = /\/Font\s*<<([^>]*)>>/.exec(dictionary)?.[1]
    for (const [, name, reference] of resources?.matchAll(/\/(\w+)\s+(\d+) 0 R/g) ?? []) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(Number(reference))?.dictionary ?? '')?.[1]
      const cmap = toUnicode ? objects.get(Number(toUnicode))?.stream : null
      if (cmap) maps.set(name!, unicodeMap(cmap))
    }
  }
  return maps
}

export function readPdf(pdf: Buffer): PdfFacts {
  const objects = objectsOf(pdf)
  const maps = fontMaps(objects)
  const lines: string[] = []
  for (const { stream } of objects.values()) {
    if (!stream?.includes('TJ')) continue
    let font = new Map<number, string>()
    for (const [, name, array] of stream.matchAll(/\/(\w+) [\d.]+ Tf|\[([^\]]*)\]\s*TJ/g)) {
      if (name) font = maps.get(name) ?? new Map()
      else lines.push([...array!.matchAll(/<([0-9a-f]+)>/gi)].map(([, hex]) => hex!.match(/.{4}/g)!.map((code) => font.get(parseInt(code, 16)) ?? '').join('')).join(''))
    }
  }
  const source = pdf.toString('latin1')
  return {
    fonts: [...new Set([...source.matchAll(/\/BaseFont \/(\S+)/g)].map((match) => match[1]!))],
    fontFiles: source.match(/\/FontFile[23]?\b/g)?.length ?? 0,
    text: lines.join('\n'),
  }
}
