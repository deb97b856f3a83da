/**
 * What a result document's check says, as words and as the shape of
 * `/api/results/verify`'s answer. Pure data: the portal's script and the
 * server both import it.
 */
export const RESULT_STATUS_LABELS = { valid: '有效', revoked: '已撤销' } as const
export type ResultStatus = keyof typeof RESULT_STATUS_LABELS

export const UNKNOWN_RESULT_LABEL = '查无此件'

/**
 * The certificates a real-name resident gets at once from the population
 * base: where they live, their household, and their place on a register
 * (the register kinds share these keys: Registers/kinds.ts).
 */
export const CERTIFICATE_KIND_LABELS = {
  residence: '居住证明',
  household: '家庭成员关系证明',
  lowIncome: '低保对象登记证明',
  disabled: '残疾人登记证明',
  veteran: '退役军人登记证明',
} as const
export type CertificateKind = keyof typeof CERTIFICATE_KIND_LABELS

/** The certificates in the order 我的 offers them. */
export const CERTIFICATE_KINDS = Object.keys(CERTIFICATE_KIND_LABELS) as CertificateKind[]

export const isCertificateKind = (value: unknown): value is CertificateKind => typeof value === 'string' && Object.hasOwn(CERTIFICATE_KIND_LABELS, value)

/** What a stored document is: an application's result, or a certificate issued at once from the population base. */
export const DOCUMENT_KIND_LABELS = { result: '办理结果', ...CERTIFICATE_KIND_LABELS } as const
export type DocumentKind = keyof typeof DOCUMENT_KIND_LABELS

/** A result document as its holder sees it beside the application (status page, 我的). */
export type ResultSummary = {
  title: string
  number: string
  issuedAt: string
  status: ResultStatus
  statusLabel: string
  revokedAt: null | string
  revokedReason: null | string
}

/**
 * What anyone checking a number is told: whether it is genuine and current,
 * what it is, who issued it and when, and the holder's name masked — nothing
 * else about the holder. An unknown number says only that.
 */
export type VerifyAnswer =
  | { number: string; status: 'unknown'; statusLabel: string }
  | (Omit<ResultSummary, 'number'> & { number: string; issuer: string; holder: string })

/** The check's answer as label and value rows, shown alike by the page without JavaScript and the portal's script. */
export function verifyRows(answer: VerifyAnswer, dateTime: (iso: string) => string): { label: string; value: string }[] {
  if (answer.status === 'unknown') return [{ label: '核验编号', value: answer.number }]
  return [
    { label: '核验编号', value: answer.number },
    { label: '文件名称', value: answer.title },
    { label: '出具部门', value: answer.issuer },
    { label: '出具时间', value: dateTime(answer.issuedAt) },
    { label: '持有人', value: answer.holder },
    ...(answer.status === 'revoked'
      ? [
          { label: '撤销时间', value: answer.revokedAt ? dateTime(answer.revokedAt) : '' },
          { label: '撤销理由', value: answer.revokedReason ?? '' },
        ]
      : []),
  ]
}

/** One sentence on what the check found. */
export const verifyVerdict = (answer: VerifyAnswer): string =>
  answer.status === 'valid'
    ? '这份文件由本平台出具，目前有效。请核对文件上的内容与下列信息一致。'
    : answer.status === 'revoked'
      ? '这份文件由本平台出具，但已被出具部门撤销，不再有效。'
      : '没有找到这个核验编号的文件。请核对编号是否输入正确；文件上的内容不能作为凭证。'

/** The result document in one line, as the status page, /track/ and 我的 show it beside the application. */
export const resultLine = (result: ResultSummary): string =>
  `结果文件：${result.title}，核验编号 ${result.number}（${result.statusLabel}${result.status === 'revoked' && result.revokedReason ? `：${result.revokedReason}` : ''}）`

export const DOWNLOAD_RESULT = '下载结果文件（PDF）'

/**
 * A document the applicant can download beside the result document: a
 * notice addressed to them (受理通知书…, `notice-<kind>`) or a result file a
 * department's system attached (`file-<id>`). `key` names it in the
 * download's `document` field.
 */
export type HeldDocument = { key: string; title: string }

/** The download button or link of a held document. */
export const downloadWords = (document: HeldDocument): string => `下载${document.title}`

/** Where the download is posted (tracking number and query code, or the signed-in owner), and where 我的 links to. */
export const RESULT_PATHS = {
  download: '/api/results/download',
  mine: (trackingNumber: string, document?: string) =>
    `/api/results/mine/${encodeURIComponent(trackingNumber)}${document ? `?document=${encodeURIComponent(document)}` : ''}`,
  /** Where a resident asks for an instant certificate, and downloads their own. */
  certificates: '/api/results/certificates',
  certificate: (number: string) => `/api/results/certificates/${encodeURIComponent(number)}`,
  verify: '/api/results/verify',
} as const

/** 开具证明 in 我的, as the static page and the page without JavaScript both show it: one button per certificate. */
export const CERTIFICATE_WORDS = {
  title: '开具证明',
  explain:
    '实名信息与人口库核验一致的居民，可以在网上立即开具下列证明，由所在社区居委会出具，带核验编号和二维码。低保、残疾人、退役军人登记证明，只有在您有该项有效登记时才能开具。',
  button: (kind: CertificateKind) => `开具${CERTIFICATE_KIND_LABELS[kind]}`,
} as const
