import { XMLBuilder } from 'fast-xml-parser'

/**
 * Open311 GeoReport v2 answers in the format the path asks for
 * (`services.json`, `services.xml`; JSON when there is no suffix), and its
 * error shape: `[{ code, description }]`, in XML `<errors><error>…`.
 */
export type Format = 'json' | 'xml'

/** A path segment and its format suffix: `services.xml` → services, xml. */
export function splitFormat(segment: string): { format: Format; name: string } | null {
  const match = /^(.+?)(?:\.(json|xml))?$/.exec(segment)
  if (!match) return null
  return { name: decodeURIComponent(match[1]!), format: (match[2] as Format | undefined) ?? 'json' }
}

const builder = new XMLBuilder({ ignoreAttributes: true, format: true, suppressEmptyNode: false })

/** A list in XML: `<root><item>…</item>…</root>`. */
export const xmlList = (root: string, item: string, items: unknown[]) => ({ [root]: { [item]: items } })

/**
 * One answer: `json` as it is, or in XML the tree `xml` describes (GeoReport
 * names the XML elements differently from the JSON keys in places, so each
 * endpoint says how).
 */
export function open311Response(json: unknown, format: Format, xml: Record<string, unknown>, status = 200): Response {
  if (format === 'json') return Response.json(json, { status, headers: { 'Cache-Control': 'no-store' } })
  const body = `<?xml version="1.0" encoding="utf-8"?>\n${builder.build(xml)}`
  return new Response(body, { status, headers: { 'Content-Type': 'text/xml; charset=utf-8', 'Cache-Control': 'no-store' } })
}

/** A refusal in the standard shape: 400 for a bad request, 403 for a bad api_key, 404 for an unknown service or request. */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 429,
    description: string,
  ) {
    super(description)
  }
}

export function errorResponse(status: number, description: string, format: Format): Response {
  const errors = [{ code: status, description }]
  return open311Response(errors, format, xmlList('errors', 'error', errors), status)
}
