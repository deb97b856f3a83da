import { dateText, dateTimeText } from '../../site/lib/dates'
import { HOTLINE, SITE_NAME } from '../../site/lib/site'
import { PORTAL_PATHS } from '../catalogue/portalPaths'
import { escapeHtml, html, type Html } from '../endpoints/htmlAnswer'
import { qrImage } from '../endpoints/qrImage'
import type { PublicWorker } from './publicCard'
import { WORKER_COLOUR_LABELS, type WorkerColour } from './status'

/** Each colour in words and a symbol (never colour alone), and what the resident at the door should do. */
const COLOUR_MEANINGS: Record<WorkerColour, { symbol: string; meaning: string }> = {
  green: { symbol: '✓', meaning: '可以上门服务' },
  yellow: { symbol: '!', meaning: '证件即将到期，到期前仍可上门服务' },
  red: { symbol: '✕', meaning: `请勿让其上门，并拨打${HOTLINE}反映` },
}

const ratingText = ({ average, count }: PublicWorker['rating']): string => (count && average !== null ? `${average.toFixed(1)}分（满分5分，${count}次评价）` : '暂无评价')

const hotlineLink = html`<a class="phone" href="tel:${HOTLINE}">${HOTLINE}</a>`

const row = (label: string, value: Html | string): Html => html`<div><dt>${label}</dt><dd>${value}</dd></div>`

/** The verification page's main column: the colour, what it means, and the facts a resident may check. */
export function workerCheckBody(worker: PublicWorker, checkedAt: Date): Html {
  const { meaning, symbol } = COLOUR_MEANINGS[worker.colour]
  const employer = worker.employer.listed ? html`<a href="${PORTAL_PATHS.lifeProvider(worker.employer.id)}">${worker.employer.name}</a>` : worker.employer.name
  return html`<h1>服务人员核验</h1>
<p class="worker-colour worker-colour--${worker.colour}" data-worker-colour="${worker.colour}"><span class="worker-colour__symbol" aria-hidden="true">${symbol}</span> <strong>${WORKER_COLOUR_LABELS[worker.colour]}</strong>：${meaning}</p>
<dl class="summary-list">
${row('服务卡号', worker.cardNumber)}
${row('姓名', worker.maskedName)}
${row('所属企业', employer)}
${row('企业服务电话', html`<a class="phone" href="tel:${worker.employer.servicePhone}">${worker.employer.servicePhone}</a>`)}
${row('服务类别', worker.categories.join('、') || '无')}
${row('有效期至', worker.validUntil ? dateText(worker.validUntil) : worker.colour === 'red' ? '已失效' : '长期有效')}
${worker.reasons.length ? row(worker.colour === 'red' ? '红码原因' : '提示', worker.reasons.join('；')) : ''}
${row('居民评价', ratingText(worker.rating))}
${row('核验时间', dateTimeText(checkedAt.toISOString()))}
</dl>
<p>请核对上门人员出示的服务卡卡号与本页一致。本页每次打开时按证件有效期和处理情况重新核验，只显示部分姓名，不显示其他个人信息。</p>
<p>对服务人员有疑问，请拨打 ${hotlineLink}。</p>
<p><a href="${PORTAL_PATHS.lifeWorker()}">核验其他服务人员</a></p>`
}

/** An unknown or malformed card number: the same look, and whom to call. */
export const unknownCardBody = (): Html =>
  html`<h1>没有找到这张服务卡</h1>
<p>没有找到这个服务卡号。请核对卡号后重新输入；卡号以 FW 开头，共10位字母和数字。</p>
<p>无法核验的人员，请勿让其上门，并拨打 ${hotlineLink} 反映。</p>
<p><a href="${PORTAL_PATHS.lifeWorker()}">重新输入卡号</a></p>`

/** Credit-card size on paper (ISO/IEC 7810 ID-1), and the same card on screen. */
const CARD_STYLE = `@page{size:85.6mm 54mm;margin:0}
body{margin:0;font-family:"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#0b0c0c;background:#f3f2f1}
main{padding:1rem}
.card{box-sizing:border-box;width:85.6mm;height:54mm;padding:3mm 4mm;background:#fff;border:1px solid #505a5f;border-radius:3mm;display:flex;flex-direction:column;overflow:hidden}
.card h1{margin:0 0 2mm;font-size:10pt;border-bottom:1px solid #0b0c0c;padding-bottom:1mm}
.card__body{display:flex;gap:3mm;flex:1}
.card dl{margin:0;font-size:8pt;line-height:1.35;flex:1}
.card dt{font-weight:bold;float:left;clear:left;margin-right:1.5mm}
.card dd{margin:0}
.card__name{font-size:12pt;font-weight:bold}
.card figure{margin:0;text-align:center;font-size:6.5pt}
.card svg{width:26mm;height:26mm}
.card__url{margin:1mm 0 0;font-size:6pt;word-break:break-all}
@media print{body{background:#fff}main{padding:0}.card{border:none;border-radius:0}.no-print{display:none}}`

/** The printable card: platform, masked name, card number, employer, categories and the QR code of the verification page. */
export async function workerCardDocument(worker: PublicWorker, pageUrl: string): Promise<string> {
  const body = html`<main><article class="card" aria-label="服务人员服务卡">
<h1>${SITE_NAME} · 生活服务人员服务卡</h1>
<div class="card__body"><dl>
<dt>姓名</dt><dd class="card__name">${worker.maskedName}</dd>
<dt>卡号</dt><dd>${worker.cardNumber}</dd>
<dt>企业</dt><dd>${worker.employer.name}</dd>
<dt>类别</dt><dd>${worker.categories.join('、')}</dd>
</dl>
<figure>${await qrImage(pageUrl, `核验二维码，打开服务卡${worker.cardNumber}的核验页面`)}<figcaption>扫码核验</figcaption></figure></div>
<p class="card__url" data-verification-url>${pageUrl}</p>
</article>
<p class="no-print">用浏览器的“打印”打印本卡（纸张选择卡片尺寸或A6，缩放100%）。居民扫码或在${SITE_NAME}网站输入卡号即可核验。</p></main>`
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>服务卡 ${escapeHtml(worker.cardNumber)} - ${SITE_NAME}</title><style>${CARD_STYLE}</style></head><body>${body.markup}</body></html>`
}
