/** The words for a group's states and the steps in its history. */
export const GROUP_STATUS_LABELS = { active: '有效', merged: '已并入其他分组' } as const
export const GROUP_ACTION_LABELS = { merge: '并入分组', mergedInto: '被并入', split: '拆出诉求', splitFrom: '由拆分产生', decide: '作出决定', notify: '通知提出诉求的居民' } as const

/** How a group of demands is answered. The first two change the catalogue: publishing the linked guide tells the residents who asked. */
export const DECISION_KIND_LABELS = { newService: '新增服务', guideChange: '修改办事指南', policyReferral: '转政策研究', declined: '不予采纳' } as const
export type DecisionKind = keyof typeof DECISION_KIND_LABELS
export const CATALOGUE_DECISIONS: DecisionKind[] = ['newService', 'guideChange']
