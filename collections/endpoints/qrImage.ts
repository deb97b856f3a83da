import QRCode from 'qrcode'

import { html, Html } from './htmlAnswer'

/** `text` as an inline SVG QR code (nothing fetched), announced to screen readers as `label`. */
export async function qrImage(text: string, label: string, size = 180): Promise<Html> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  return html`<div role="img" aria-label="${label}">${new Html(svg.replace('<svg', `<svg aria-hidden="true" width="${size}" height="${size}"`))}</div>`
}
