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
export function open311Response(json: unknown, format: Format, xml: Record<string, unknown>, status = 200, headers: Record<string, string> = {}): Response {
  const common = { 'Cache-Control': 'no-store', ...headers }
  // Clients written for GeoReport read the charset from the header, not from JSON's default.
  if (format === 'json') return new Response(JSON.stringify(json), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...common } })
  const body = `<?xml version="1.0" encoding="utf-8"?>\n${builder.build(xml)}`
  return new Response(body, { status, headers: { 'Content-Type': 'text/xml; charset=utf-8', ...common } })
}

/** A refusal in the standard shape: 400 for a bad request, 403 for a bad api_key, 404 for an unknown service or request. */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 429,
    description: string,
    /** With a 429: when the client may call again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(description)
  }
}

export function errorResponse(status: number, description: string, format: Format, retryAfterSeconds?: number): Response {
  const errors = [{ code: status, description }]
  const headers: Record<string, string> = retryAfterSeconds ? { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) } : {}
  return open311Response(errors, format, xmlList('errors', 'error', errors), status, headers)
}
