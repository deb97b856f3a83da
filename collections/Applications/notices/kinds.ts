/**
 * The notices an application's applicant can be given in print (README ›
 * Online applications › 通知书), as data: each is available once the case's
 * history holds one of the steps it reports, and is drawn from the latest
 * of them (its date and note). All five are addressed to the applicant.
 * Browser-safe: the portal's scripts read the titles.
 */
export const NOTICE_KINDS = {
  receipt: { title: '收件回执', after: ['submit'] },
  accepted: { title: '受理通知书', after: ['accept'] },
  rejected: { title: '不予受理决定书', after: ['reject'] },
  supplement: { title: '一次性告知书', after: ['requestSupplement'] },
  completed: { title: '办结通知', after: ['approve', 'deny'] },
} as const satisfies Record<string, { after: readonly string[]; title: string }>

export type NoticeKind = keyof typeof NOTICE_KINDS

export const isNoticeKind = (value: unknown): value is NoticeKind => typeof value === 'string' && Object.hasOwn(NOTICE_KINDS, value)

/** The step of `kind` in a history (oldest first): its latest entry, if the case has taken it. */
export function noticeStep<T extends { action: string }>(kind: NoticeKind, history: T[]): T | undefined {
  const steps: readonly string[] = NOTICE_KINDS[kind].after
  return history.findLast((entry) => steps.includes(entry.action))
}

/** The notices a case with this history can be given, in the order of the workflow. */
export const noticesAvailable = (history: { action: string }[]): NoticeKind[] =>
  (Object.keys(NOTICE_KINDS) as NoticeKind[]).filter((kind) => noticeStep(kind, history))
