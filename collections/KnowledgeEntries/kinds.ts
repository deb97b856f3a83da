export const KNOWLEDGE_KIND_LABELS = {
  notice: { zh: '通知公告', en: 'Notice' },
  policy: { zh: '政策解答', en: 'Policy answer' },
  local: { zh: '本地信息', en: 'Local information' },
} as const
export type KnowledgeKind = keyof typeof KNOWLEDGE_KIND_LABELS
