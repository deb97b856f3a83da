/**
 * A private file as an HTTP answer: never cached by a shared proxy, never
 * sniffed into another type, named for the person saving it (an ASCII
 * fallback, and the real name in UTF-8). `inline` opens it in the browser
 * (a notice to print); `attachment` saves it.
 */
export function fileResponse(bytes: Uint8Array, { type, name, disposition = 'attachment' }: { disposition?: 'attachment' | 'inline'; name: string; type: string }): Response {
  const fallback = name.replace(/[^\w.-]/g, '_')
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
