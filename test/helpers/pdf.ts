import { inflateSync } from 'node:zlib'

/**
 * Read back what a PDF of ours says, enough for tests: the text drawn with
 * the embedded font (glyph codes mapped through its ToUnicode table) and the
 * names of the embedded fonts. Only what pdfkit writes (Identity-H text in TJ
 * arrays, bfrange tables) is understood: not a general PDF parser.
 */
export type PdfFacts = { fonts: string[]; fontFiles: number; text: string }

/** Every stream's bytes as Latin-1 text, inflated when compressed. */
function streamsOf(pdf: Buffer): string[] {
  const source = pdf.toString('latin1')
  const streams: string[] = []
  for (const match of source.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length
    const end = source.indexOf('endstream', start)
    const bytes = pdf.subarray(start, end)
    try {
      streams.push(inflateSync(bytes).toString('latin1'))
    } catch {
      streams.push(bytes.toString('latin1'))
    }
  }
  return streams
}

/** Glyph code → character, from the ToUnicode bfrange tables. */
function unicodeMap(streams: string[]): Map<number, string> {
  const map = new Map<number, string>()
  for (const stream of streams.filter((each) => each.includes('beginbfrange'))) {
    for (const [, start, , list] of stream.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi)) {
      const targets = [...list!.matchAll(/<([0-9a-f]+)>/gi)].map((target) => String.fromCharCode(...target[1]!.match(/.{4}/g)!.map((unit) => parseInt(unit, 16))))
      targets.forEach((character, offset) => map.set(parseInt(start!, 16) + offset, character))
    }
  }
  return map
}

export function readPdf(pdf: Buffer): PdfFacts {
  const streams = streamsOf(pdf)
  const map = unicodeMap(streams)
  const text = streams
    .filter((stream) => stream.includes('TJ'))
    .flatMap((stream) => [...stream.matchAll(/\[([^\]]*)\]\s*TJ/g)])
    .map(([, array]) =>
      [...array!.matchAll(/<([0-9a-f]+)>/gi)].map(([, hex]) => hex!.match(/.{4}/g)!.map((code) => map.get(parseInt(code, 16)) ?? '').join('')).join(''),
    )
    .join('\n')
  const source = pdf.toString('latin1')
  return { fonts: [...new Set([...source.matchAll(/\/BaseFont \/(\S+)/g)].map((match) => match[1]!))], fontFiles: source.match(/\/FontFile[23]?\b/g)?.length ?? 0, text }
}
