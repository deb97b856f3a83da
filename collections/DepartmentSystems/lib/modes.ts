/** Whether a department's applications go to its own system: not at all, besides the platform's reviewers, or instead of them. */
export const HAND_OVER_MODES = {
  off: '不推送',
  besides: '推送，与审核人员并行办理',
  instead: '推送，代替审核人员办理',
} as const

export type HandOverMode = keyof typeof HAND_OVER_MODES

export const SECRET_MIN_LENGTH = 32
