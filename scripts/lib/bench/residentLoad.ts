import type autocannon from 'autocannon'

import { randomSource, sampleApplicant } from './applicants'
import { type LoadFigures, runLoad } from './load'

/** What a resident keeps after submitting: enough to look the application up. */
export type Receipt = { queryCode: string; trackingNumber: string }

/** The first few failed answers, to say why requests failed. */
const MAX_SAMPLES = 5

type Sampler = { note: (status: number, body: string) => void; samples: string[] }

function failureSampler(expected: number): Sampler {
  const samples: string[] = []
  return {
    samples,
    note: (status, body) => {
      if (status === expected || samples.length >= MAX_SAMPLES) return
      const sample = `HTTP ${status}：${String(body).slice(0, 300)}`
      if (!samples.includes(sample)) samples.push(sample)
    },
  }
}

/**
 * An online service without required uploads, and answers its form accepts:
 * 030502 (就业困难人员认定) asks who is applying and the industry they prefer.
 */
const SUBMIT_SERVICE = {
  serviceCode: '030502',
  answers: { applicantType: '16至24岁失业青年', preferredIndustry: '其他' },
} as const

type SubmitLoadResult = { figures: LoadFigures; failures: string[]; receipts: Receipt[] }

/**
 * `POST /api/applications/submit` from `connections` residents at once for
 * `seconds`, each a different applicant (valid ID numbers) in one of
 * `communityCodes`, without attachments. Returns the receipts of the
 * accepted submits, for the look-ups.
 */
export async function submitLoad(
  baseUrl: string,
  { communityCodes, connections, seconds }: { communityCodes: string[]; connections: number; seconds: number },
): Promise<SubmitLoadResult> {
  const random = randomSource(Date.now())
  const receipts: Receipt[] = []
  const sampler = failureSampler(201)
  let sent = 0
  const request: autocannon.Request = {
    method: 'POST',
    path: '/api/applications/submit',
    headers: { 'content-type': 'application/json' },
    setupRequest: (each) => {
      sent += 1
      const body = {
        serviceCode: SUBMIT_SERVICE.serviceCode,
        divisionCode: communityCodes[sent % communityCodes.length],
        applicant: sampleApplicant(random),
        answers: SUBMIT_SERVICE.answers,
      }
      return { ...each, body: JSON.stringify(body) }
    },
    onResponse: (status, body) => {
      sampler.note(status, body)
      if (status !== 201) return
      const { queryCode, trackingNumber } = JSON.parse(body) as Receipt
      receipts.push({ trackingNumber, queryCode })
    },
  }
  const figures = await runLoad({ url: baseUrl, connections, duration: seconds, requests: [request] })
  return { figures, failures: sampler.samples, receipts }
}

/**
 * `GET /api/applications/status` with the query code in `X-Query-Code`,
 * from `connections` residents at once for `seconds`, going round
 * `receipts` so that every look-up names another application.
 */
export async function statusLoad(
  baseUrl: string,
  receipts: Receipt[],
  { connections, seconds }: { connections: number; seconds: number },
): Promise<{ figures: LoadFigures; failures: string[]; distinct: number }> {
  if (!receipts.length) throw new Error('没有可查询的受理编号：提交全部失败')
  const sampler = failureSampler(200)
  let next = 0
  const request: autocannon.Request = {
    method: 'GET',
    setupRequest: (each) => {
      const receipt = receipts[next % receipts.length]!
      next += 1
      return {
        ...each,
        path: `/api/applications/status?trackingNumber=${receipt.trackingNumber}`,
        headers: { 'x-query-code': receipt.queryCode },
      }
    },
    onResponse: (status, body) => sampler.note(status, body),
  }
  const figures = await runLoad({ url: baseUrl, connections, duration: seconds, requests: [request] })
  return { figures, failures: sampler.samples, distinct: Math.min(next, receipts.length) }
}
