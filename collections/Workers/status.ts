import { shiftDays } from '../CalendarDays/workingDays'

/**
 * A worker's colour on their card (绿码、黄码、红码), computed from dates
 * alone so the daily job and every save agree:
 * - red: a required certificate (health, liability insurance, background
 *   check) is missing or expired, the worker is suspended or has left, or
 *   the provider is not in the register;
 * - yellow: a required certificate expires within 30 days;
 * - green: otherwise.
 */
export const WORKER_COLOUR_LABELS = { green: '绿码', yellow: '黄码', red: '红码' } as const
export type WorkerColour = keyof typeof WORKER_COLOUR_LABELS

export const CERTIFICATE_KIND_LABELS = {
  health: '健康证明',
  insurance: '意外伤害或责任保险',
  background: '无犯罪记录证明',
  skill: '职业技能证书',
  training: '岗前培训合格证明',
} as const
export type CertificateKind = keyof typeof CERTIFICATE_KIND_LABELS

/** The certificates a worker must hold, valid, to be at anyone's door. */
export const REQUIRED_CERTIFICATES: readonly CertificateKind[] = ['health', 'insurance', 'background']

/** How many days before an expiry the card turns yellow. */
export const YELLOW_DAYS = 30

type Certificate = { kind: CertificateKind; validUntil?: null | string }

export type WorkerFacts = {
  certificates?: Certificate[] | null
  employed?: boolean | null
  suspendedUntil?: null | string
  providerListed: boolean
}

export type WorkerStatus = { colour: WorkerColour; reasons: string[]; validUntil: null | string }

/** The latest expiry of each required certificate the worker holds (undefined: none filed; null: no expiry). */
function latestExpiry(certificates: Certificate[], kind: CertificateKind): null | string | undefined {
  const held = certificates.filter((certificate) => certificate.kind === kind)
  if (!held.length) return undefined
  if (held.some((certificate) => !certificate.validUntil)) return null
  return held.map((certificate) => certificate.validUntil!).sort().at(-1)
}

/** The worker's colour on `today` (YYYY-MM-DD, China), with the reasons in words and the day the card is good until. */
export function workerStatus(worker: WorkerFacts, today: string): WorkerStatus {
  const certificates = worker.certificates ?? []
  const red: string[] = []
  const yellow: string[] = []
  const expiries: string[] = []
  for (const kind of REQUIRED_CERTIFICATES) {
    const label = CERTIFICATE_KIND_LABELS[kind]
    const expiry = latestExpiry(certificates, kind)
    if (expiry === undefined) red.push(`未提供${label}`)
    else if (expiry !== null && expiry < today) red.push(`${label}已于${expiry}过期`)
    else if (expiry !== null) {
      expiries.push(expiry)
      if (expiry <= shiftDays(today, YELLOW_DAYS)) yellow.push(`${label}将于${expiry}到期`)
    }
  }
  if (worker.suspendedUntil && worker.suspendedUntil >= today) red.push(`暂停服务至${worker.suspendedUntil}`)
  if (worker.employed === false) red.push('已离职')
  if (!worker.providerListed) red.push('所属企业不在册')
  const validUntil = red.length ? null : (expiries.sort()[0] ?? null)
  if (red.length) return { colour: 'red', reasons: red, validUntil }
  if (yellow.length) return { colour: 'yellow', reasons: yellow, validUntil }
  return { colour: 'green', reasons: [], validUntil }
}
