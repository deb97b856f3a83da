/**
 * The variables a result template may use, as {名称} in its title and body,
 * filled by the SMS templates' own code (SmsTemplates/template.ts).
 * Browser-safe: the admin's preview reads them too.
 */
export const RESULT_VARIABLES = {
  applicant: { name: '申请人', description: '申请人姓名', sample: '张小明' },
  service: { name: '事项名称', description: '申请的服务事项', sample: '居住证明' },
  completedOn: { name: '办结日期', description: '办结的日期', sample: '2026年12月6日' },
  department: { name: '部门名称', description: '出具文件的部门', sample: '幸福街道办事处' },
  number: { name: '核验编号', description: '文件的核验编号（页脚也会印出）', sample: '7K3M-Q9XA-2D4F-HT8B' },
  trackingNumber: { name: '受理编号', description: '申请的受理编号', sample: 'YZ20261206000123' },
  resultNote: { name: '办理结果', description: '审核人员办结时填写的办理结果', sample: '经审核，准予办理。' },
} as const

export type ResultVariable = keyof typeof RESULT_VARIABLES
