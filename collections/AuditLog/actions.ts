/** What an audit entry records, in the words staff read. */
export const AUDIT_ACTION_LABELS = {
  create: '新建',
  update: '修改',
  delete: '删除',
  'move-out': '迁出本辖区',
  'move-in': '迁入本辖区',
  'view-full': '查看完整信息',
  export: '导出',
  import: '导入',
  'api-read': '接口读取',
  merge: '合并重复记录',
  lookup: '精确查找',
  issue: '出具',
  revoke: '撤销',
  reuse: '复用人口库信息',
  'to-ticket': '转为12345工单',
  'to-demand': '登记为诉求',
  'post-approve': '论坛帖子审核通过',
  'post-reject': '论坛帖子不予通过',
  'post-hide': '屏蔽论坛帖子',
  'post-restore': '恢复论坛帖子',
  'post-hold': '论坛帖子被举报暂停显示',
  'report-handle': '处理论坛举报',
  'credit-change': '论坛信用分变动',
  'member-mute': '论坛禁言',
  'member-blacklist': '列入论坛黑名单',
  'blacklist-lift': '解除论坛黑名单',
} as const
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS

/** One changed field: its name, label and old and new values, personal values masked. */
export type AuditChange = { field: string; from: unknown; label: string; to: unknown }
