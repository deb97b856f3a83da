/** The words for a group's states and the steps in its history. */
export const GROUP_STATUS_LABELS = { active: '有效', merged: '已并入其他分组' } as const
export const GROUP_ACTION_LABELS = { merge: '并入分组', mergedInto: '被并入', split: '拆出诉求', splitFrom: '由拆分产生' } as const
