/**
 * Every message the platform sends, as data: the event that sends it, the
 * variables its template may use (with what they mean and a sample value for
 * the preview) and the built-in default text. The defaults seed the
 * `sms-templates` collection and stand in for a template that is missing;
 * nowhere else in the code is a message's wording written.
 *
 * Browser-safe (the admin's preview imports it): data only, no server code.
 */

/** What one variable means, for staff writing a template. */
type VariableDefinition = { name: string; description: string; sample: string }

type EventDefinition = {
  label: string
  /** Who receives it and when. */
  description: string
  variables: Record<string, VariableDefinition>
  subject: string
  text: string
}

/** The signature carriers require at the start of every commercial SMS, unless a template has its own. */
export const DEFAULT_SIGNATURE = '【一站通】'

const applicationVariables = {
  serviceTitle: { name: '事项名称', description: '申请的办事事项', sample: '居住证办理' },
  trackingNumber: { name: '受理编号', description: '申请的受理编号', sample: 'SQ20261206000123' },
} satisfies Record<string, VariableDefinition>

const ticketVariables = {
  number: { name: '工单编号', description: '工单编号', sample: 'GD20261206000045' },
} satisfies Record<string, VariableDefinition>

const dueDateVariables = {
  dueDate: { name: '应办结日期', description: '按办理时限和节假日日历算出的日期', sample: '2026-12-11' },
  dueNote: { name: '暂定说明', description: '日期所在年份的节假日安排未公布时为“（暂定：该年节假日安排公布后可能顺延）”，否则为空', sample: '' },
} satisfies Record<string, VariableDefinition>

const appointmentVariables = {
  serviceTitle: { name: '事项名称', description: '预约办理的事项', sample: '居民身份证申领' },
  centreName: { name: '服务中心', description: '预约的服务中心', sample: '金水区政务服务中心' },
  time: { name: '预约时间', description: '预约的日期和时段', sample: '2026-12-08 09:30-10:00' },
  number: { name: '预约号', description: '预约号，到现场签到时出示', sample: 'YY7K2M9QX4' },
} satisfies Record<string, VariableDefinition>

const bundleVariables = {
  bundleTitle: { name: '一件事名称', description: '申请的一件事', sample: '企业开办一件事' },
  number: { name: '联办编号', description: '一件事的联办编号，凭它和查询码查询全部事项', sample: 'YJ26120612345678' },
  count: { name: '事项数', description: '一起提交的事项个数', sample: '4' },
} satisfies Record<string, VariableDefinition>

const supervisionVariables = {
  summary: { name: '诉求摘要', description: '工单的一句话摘要', sample: '小区门口路灯不亮' },
  dueDate: { name: '应办结日期', description: '工单的应办结日期', sample: '2026-12-11' },
} satisfies Record<string, VariableDefinition>

const lifeComplaintVariables = {
  number: { name: '投诉编号', description: '生活服务投诉的编号', sample: 'TS26120612345678' },
  orderNumber: { name: '订单编号', description: '被投诉的生活服务订单编号', sample: 'SH26120387654321' },
} satisfies Record<string, VariableDefinition>

const note = (description: string, sample: string): VariableDefinition => ({ name: '说明', description, sample })

const providerVariables = {
  providerName: { name: '企业名称', description: '加盟企业的名称', sample: '好帮手家政服务有限公司' },
  note: note('生活服务监管人员填写的意见或事实依据，可能为空', '营业执照已过期，请上传新证照'),
} satisfies Record<string, VariableDefinition>

/** One message per step in a provider's standing, to its contact mobile. */
const providerEvent = (label: string, description: string, subject: string, text: string) => ({ label: `加盟企业：${label}`, description, variables: providerVariables, subject, text })
const communityPostVariables = {
  post: { name: '帖子', description: '主题帖的标题，或回复的开头', sample: '小区东门路灯不亮' },
} satisfies Record<string, VariableDefinition>

const lifeOrderVariables = {
  number: { name: '订单编号', description: '生活服务订单编号', sample: 'SH26120712345678' },
  itemName: { name: '服务项目', description: '预约的服务项目', sample: '日常保洁（2小时）' },
  time: { name: '上门时间', description: '上门的日期和时段', sample: '2026-12-09 上午（8:00—12:00）' },
} satisfies Record<string, VariableDefinition>

const lifePriceVariables = {
  amount: { name: '金额', description: '按价目表计算的订单金额（元）', sample: '80' },
  payable: { name: '应付金额', description: '扣除补贴后居民应付的金额（元）', sample: '40' },
  subsidyNote: { name: '补贴说明', description: '有补贴时为“（含政府补贴40元）”，否则为空', sample: '（含政府补贴40元）' },
} satisfies Record<string, VariableDefinition>

const lifeProviderVariables = {
  providerName: { name: '服务企业', description: '接单的加盟企业', sample: '郑州金水好帮手家政服务有限公司' },
  providerPhone: { name: '服务电话', description: '企业公开的服务电话', sample: '0371-65550101' },
} satisfies Record<string, VariableDefinition>

export const MESSAGE_EVENTS = {
  'application.submitted': {
    label: '网上申请：已提交',
    description: '居民提交申请后发给申请人',
    variables: applicationVariables,
    subject: '{事项名称}：已提交',
    text: '【一站通】您申请的“{事项名称}”（受理编号{受理编号}）已提交，工作人员会尽快受理。请凭受理编号和查询码在一站通网站“查询办件进度”中查看。',
  },
  'bundle.submitted': {
    label: '一件事：已提交',
    description: '居民把一件事一次申请后发给申请人（整件事一条，不按事项分发）',
    variables: bundleVariables,
    subject: '{一件事名称}：已提交',
    text: '【一站通】您申请的“{一件事名称}”（联办编号{联办编号}）已提交，共{事项数}个事项，由各部门分别办理。请凭联办编号和查询码在一站通网站“查询办件进度”中查看。',
  },
  'bundle.submittedByPhone': {
    label: '一件事：热线代为提交',
    description: '热线坐席为来电人把一件事一次申请后发给申请人，附查询码（来电人没有看到提交页面）',
    variables: { ...bundleVariables, queryCode: { name: '查询码', description: '六位查询码，凭它和联办编号查询', sample: '482913' } },
    subject: '{一件事名称}：热线已代为提交',
    text: '【一站通】12345热线已为您提交“{一件事名称}”（联办编号{联办编号}），共{事项数}个事项，由各部门分别办理。查询码{查询码}，请勿告诉他人。请凭联办编号和查询码在一站通网站“查询办件进度”中查看。',
  },
  'application.accepted': {
    label: '网上申请：已受理',
    description: '审核人员受理后发给申请人',
    variables: { ...applicationVariables, ...dueDateVariables },
    subject: '{事项名称}：已受理',
    text: '【一站通】您申请的“{事项名称}”（受理编号{受理编号}）已受理，将在{应办结日期}前办结{暂定说明}。',
  },
  'application.rejected': {
    label: '网上申请：不予受理',
    description: '审核人员不予受理时发给申请人',
    variables: { ...applicationVariables, note: { name: '理由', description: '审核人员填写的不予受理理由', sample: '申请人户籍不在本区' } },
    subject: '{事项名称}：不予受理',
    text: '【一站通】您申请的“{事项名称}”（受理编号{受理编号}）不予受理。理由：{理由}',
  },
  'application.processing': {
    label: '网上申请：办理中',
    description: '申请进入办理时发给申请人',
    variables: applicationVariables,
    subject: '{事项名称}：办理中',
    text: '【一站通】您申请的“{事项名称}”（受理编号{受理编号}）正在办理。',
  },
  'application.supplement': {
    label: '网上申请：需补正',
    description: '审核人员要求补正材料时发给申请人',
    variables: { ...applicationVariables, note: { name: '补正说明', description: '审核人员写明需要补正的材料', sample: '请补充上传租房合同' } },
    subject: '{事项名称}：需补正',
    text: '【一站通】您申请的“{事项名称}”（受理编号{受理编号}）需要补正材料：{补正说明}。请在一站通网站“查询办件进度”中上传。',
  },
  'application.completed': {
    label: '网上申请：已办结',
    description: '申请办结时发给申请人',
    variables: {
      ...applicationVariables,
      outcome: { name: '办理结果', description: '准予办理或不予办理', sample: '准予办理' },
      note: note('审核人员填写的办结说明，可能为空', '请到金水区政务服务中心领取证件。'),
    },
    subject: '{事项名称}：已办结',
    text: '【一站通】您申请的“{事项名称}”（受理编号{受理编号}）已办结，结果：{办理结果}。{说明} 欢迎在查询页对本次服务作出评价。',
  },
  'application.withdrawn': {
    label: '网上申请：已撤回',
    description: '申请撤回后发给申请人',
    variables: applicationVariables,
    subject: '{事项名称}：已撤回',
    text: '【一站通】您申请的“{事项名称}”（受理编号{受理编号}）已撤回。',
  },
  'application.queryCode': {
    label: '网上申请：新的查询码',
    description: '申请人要求重发查询码时发到申请时留的手机',
    variables: { ...applicationVariables, queryCode: { name: '查询码', description: '新的六位查询码', sample: '482913' } },
    subject: '{事项名称}：新的查询码',
    text: '【一站通】您申请的“{事项名称}”（受理编号{受理编号}）的新查询码是{查询码}，原查询码已作废。请勿告诉他人。',
  },
  'ticket.received': {
    label: '热线工单：已受理',
    description: '工单受理时（电话、短信、邮件、网站、开放接口等各渠道）发给留了手机或邮箱的来电人',
    variables: { ...ticketVariables, ...dueDateVariables, kind: { name: '诉求类型', description: '咨询、求助、投诉、建议或代办申请', sample: '投诉' } },
    subject: '诉求已受理',
    text: '【一站通】您的诉求已收到，工单编号{工单编号}，我们将在{应办结日期}前答复{暂定说明}。',
  },
  'ticket.closed': {
    label: '热线工单：已办结（答复）',
    description: '坐席直接答复或办结工单时发给来电人，附答复内容',
    variables: { ...ticketVariables, reply: { name: '答复内容', description: '承办单位或坐席的答复（长度随内容变化）', sample: '已联系供电部门更换灯泡，当晚恢复照明。' } },
    subject: '诉求已办结',
    text: '【一站通】您的工单{工单编号}已办结。答复：{答复内容} 如有疑问请拨打12345。',
  },
  'ticket.callBack': {
    label: '热线工单：回访已记录',
    description: '坐席回访并记下满意度后发给来电人，来电人没有接受过回访时可以提出',
    variables: { ...ticketVariables, satisfaction: { name: '满意度', description: '回访记下的满意度', sample: '满意' } },
    subject: '回访已记录',
    text: '【一站通】感谢您接受工单{工单编号}的回访，您的评价“{满意度}”已记录。如与您的意见不符，请拨打12345。',
  },
  'ticket.callBackFailed': {
    label: '热线工单：回访未接通',
    description: '坐席回访未接通时发给来电人',
    variables: ticketVariables,
    subject: '回访未接通',
    text: '【一站通】我们就工单{工单编号}给您回访，电话未接通。如对办理结果有意见，请拨打12345。',
  },
  'ticket.confidential': {
    label: '热线工单：保密来电人的进展通知',
    description: '来电人要求保密时，受理、办结、回访都只发这一条，不含诉求、日期和答复内容',
    variables: ticketVariables,
    subject: '工单有新进展',
    text: '【一站通】您的工单{工单编号}有新进展，详情请拨打12345查询。',
  },
  'ticket.followedClosed': {
    label: '网上12345：关注的诉求已办结',
    description: '居民在网上12345关注的别人的诉求答复或办结时发给关注的居民；不含答复内容，也不含来电人的任何信息',
    variables: { ...ticketVariables, summary: { name: '诉求摘要', description: '诉求的一句话摘要（前20个字，手机号、身份证号等数字已隐去）', sample: '小区门口路灯不亮' } },
    subject: '关注的诉求已办结',
    text: '【一站通】您关注的诉求“{诉求摘要}”（工单{工单编号}）已办结。办理情况请登录一站通网站在“我的”中查看。',
  },
  'supervision.dueSoon': {
    label: '督办：工单即将到期（发给承办单位）',
    description: '承办中的工单到期前（热线设置中的工作日数）发给承办单位的站内信和承办人员的手机，每个到期日一次',
    variables: { ...ticketVariables, ...supervisionVariables },
    subject: '工单即将到期',
    text: '【一站通】工单{工单编号}（{诉求摘要}）应于{应办结日期}前办结，请抓紧办理。',
  },
  'supervision.overdue': {
    label: '督办：工单已超期（发给承办单位）',
    description: '承办中的工单过了应办结日期时发给承办单位，每个到期日一次',
    variables: { ...ticketVariables, ...supervisionVariables },
    subject: '工单已超期',
    text: '【一站通】工单{工单编号}（{诉求摘要}）已超过应办结日期{应办结日期}，请尽快办理并回复。',
  },
  'supervision.escalated': {
    label: '督办：超期工单升级（发给上一级）',
    description: '工单超期达到热线设置的工作日数后发给承办单位的上一级（社区→街道→区→市），每个到期日一次',
    variables: { ...ticketVariables, ...supervisionVariables, handler: { name: '承办单位', description: '超期的承办部门、街道或社区', sample: '纬五路社区' } },
    subject: '超期工单升级督办',
    text: '【一站通】{承办单位}承办的工单{工单编号}（{诉求摘要}）已超过应办结日期{应办结日期}，升级请您督办。',
  },
  'supervision.order': {
    label: '督办单：已下发（发给承办单位）',
    description: '督办人员对工单下发督办单时发给承办单位',
    variables: { ...ticketVariables, deadline: { name: '反馈期限', description: '督办单要求反馈的日期', sample: '2026-12-10' }, instructions: { name: '督办要求', description: '督办人员写明的要求', sample: '请于三日内现场核实并答复来电人' } },
    subject: '督办单',
    text: '【一站通】工单{工单编号}收到督办单，请于{反馈期限}前反馈。督办要求：{督办要求}',
  },
  'supervision.orderOverdue': {
    label: '督办单：超过反馈期限（发给承办单位）',
    description: '督办单过了反馈期限仍未反馈时发给承办单位，一次',
    variables: { ...ticketVariables, deadline: { name: '反馈期限', description: '督办单要求反馈的日期', sample: '2026-12-10' } },
    subject: '督办单已超期',
    text: '【一站通】工单{工单编号}的督办单已超过反馈期限{反馈期限}，请立即反馈。',
  },
  'demand.decided': {
    label: '诉求分析：诉求已有回应',
    description: '相似诉求分组作出“新增服务”或“修改办事指南”的决定、关联的服务或指南发布后，发给提出过这类诉求、留有手机号码的居民，每人一次',
    variables: {
      decision: { name: '处理决定', description: '“新增服务”或“修改办事指南”', sample: '修改办事指南' },
      serviceTitle: { name: '事项名称', description: '发布的服务或指南', sample: '居住证办理' },
      note: { name: '说明', description: '改了什么', sample: '申请材料不再需要户口簿复印件' },
    },
    subject: '您反映的问题已有回应',
    text: '【一站通】您反映过的问题已有回应：{处理决定}“{事项名称}”，{说明}。详情请到一站通网站查看。',
  },
  'correction.answered': {
    label: '指南纠错：答复',
    description: '编辑答复或不采纳居民的纠错后，发给留了手机号码的居民',
    variables: {
      guideTitle: { name: '指南名称', description: '被纠错的办事指南', sample: '居住证办理' },
      outcome: { name: '处理结果', description: '“已处理”或“经核实未采纳”', sample: '已处理' },
      reply: { name: '答复内容', description: '编辑的答复或不采纳的理由', sample: '已更正办理地点的电话号码' },
    },
    subject: '办事指南纠错答复',
    text: '【一站通】您对“{指南名称}”办事指南的纠错{处理结果}：{答复内容}。感谢您帮助我们改进指南。',
  },
  'appointment.booked': {
    label: '预约：已预约',
    description: '居民在网上或经热线预约现场办理后发给预约人',
    variables: appointmentVariables,
    subject: '{事项名称}：已预约',
    text: '【一站通】您已预约{预约时间}到{服务中心}办理“{事项名称}”，预约号{预约号}。请按时到场出示预约号签到。',
  },
  'appointment.changed': {
    label: '预约：已改约',
    description: '预约改到另一个时段后发给预约人',
    variables: appointmentVariables,
    subject: '{事项名称}：已改约',
    text: '【一站通】您的预约{预约号}已改为{预约时间}到{服务中心}办理“{事项名称}”。',
  },
  'appointment.cancelled': {
    label: '预约：已取消',
    description: '预约取消后发给预约人',
    variables: appointmentVariables,
    subject: '{事项名称}：预约已取消',
    text: '【一站通】您{预约时间}在{服务中心}办理“{事项名称}”的预约{预约号}已取消。',
  },
  'appointment.reminder': {
    label: '预约：前一天提醒',
    description: '预约日的前一天发给预约人',
    variables: appointmentVariables,
    subject: '{事项名称}：明天办理提醒',
    text: '【一站通】提醒：您预约了{预约时间}到{服务中心}办理“{事项名称}”，预约号{预约号}。不能前往请提前取消。',
  },
  'lifeComplaint.received': {
    label: '生活服务投诉：已受理',
    description: '居民在网上或经热线投诉生活服务订单后发给投诉人',
    variables: { ...lifeComplaintVariables, ...dueDateVariables },
    subject: '生活服务投诉已受理',
    text: '【一站通】您对订单{订单编号}的投诉已受理，投诉编号{投诉编号}，将在{应办结日期}前办结{暂定说明}。',
  },
  'lifeComplaint.closed': {
    label: '生活服务投诉：已办结',
    description: '生活服务监管人员办结投诉后发给投诉人，告知处理结果',
    variables: { ...lifeComplaintVariables, result: { name: '处理结果', description: '办结时填写的处理结果', sample: '企业已上门返工并退款50元' } },
    subject: '生活服务投诉已办结',
    text: '【一站通】您的投诉{投诉编号}（订单{订单编号}）已办结：{处理结果}。欢迎在一站通网站“我的订单”中评价处理情况。',
  },
  'provider.applied': providerEvent('已提交申请', '企业在门户提交加盟申请后发给联系人手机', '加盟申请已提交', '【一站通】{企业名称}的加盟申请已提交，生活服务监管人员审核后将短信通知您。'),
  'provider.approved': providerEvent('审核通过', '加盟申请审核通过后发给联系人手机', '加盟申请已通过', '【一站通】{企业名称}的加盟申请已审核通过，已列入服务企业名录，可以登录企业工作台接单。{说明}'),
  'provider.returned': providerEvent('退回补正', '加盟申请被退回补正后发给联系人手机', '加盟申请需要补正', '【一站通】{企业名称}的加盟申请需要补正：{说明}。请补正后联系生活服务监管人员。'),
  'provider.refused': providerEvent('不予通过', '加盟申请不予通过后发给联系人手机', '加盟申请未通过', '【一站通】{企业名称}的加盟申请未通过：{说明}。'),
  'provider.warned': providerEvent('警告', '企业受到警告后发给联系人手机（警告向居民公开）', '警告通知', '【一站通】{企业名称}受到警告：{说明}。警告已在企业页面向居民公开。'),
  'provider.suspended': providerEvent('暂停接单', '企业被暂停接单后发给联系人手机', '暂停接单通知', '【一站通】{企业名称}已被暂停接单：{说明}。整改后请联系生活服务监管人员。'),
  'provider.resumed': providerEvent('恢复接单', '企业恢复接单后发给联系人手机', '恢复接单通知', '【一站通】{企业名称}已恢复接单。{说明}'),
  'provider.expelled': providerEvent('清退', '企业被清退出服务企业名录后发给联系人手机', '清退通知', '【一站通】{企业名称}已被清退出服务企业名录：{说明}。'),
  'lifeOrder.received': {
    label: '生活服务：预约已提交',
    description: '居民网上预约或热线代为预约生活服务、订单已派给服务企业后发给预约人',
    variables: { ...lifeOrderVariables, ...lifePriceVariables },
    subject: '{服务项目}：预约已提交',
    text: '【一站通】您预约的“{服务项目}”（订单{订单编号}）已提交，上门时间{上门时间}，金额{金额}元，您应付{应付金额}元{补贴说明}。正在等待服务企业接单。',
  },
  'lifeOrder.accepted': {
    label: '生活服务：企业已接单',
    description: '服务企业接单后发给预约人',
    variables: { ...lifeOrderVariables, ...lifePriceVariables, ...lifeProviderVariables },
    subject: '{服务项目}：已接单',
    text: '【一站通】您的订单{订单编号}（{服务项目}，{上门时间}）已由{服务企业}接单，服务电话{服务电话}。金额{金额}元，您应付{应付金额}元{补贴说明}。',
  },
  'lifeOrder.workerAssigned': {
    label: '生活服务：已派服务人员',
    description: '服务企业派出服务人员后发给预约人',
    variables: {
      ...lifeOrderVariables,
      workerName: { name: '服务人员', description: '服务人员的姓名（部分隐去）', sample: '李*英' },
      cardNumber: { name: '服务卡号', description: '服务人员的服务卡号，可在一站通网站查验', sample: 'FW7K2M9QX4' },
    },
    subject: '{服务项目}：已派服务人员',
    text: '【一站通】您的订单{订单编号}将由服务人员{服务人员}（服务卡号{服务卡号}）于{上门时间}上门。上门时请查验服务卡，也可在一站通网站输入卡号查验。',
  },
  'lifeOrder.done': {
    label: '生活服务：服务已完成',
    description: '服务企业标记服务完成后发给预约人，请其确认和评价',
    variables: lifeOrderVariables,
    subject: '{服务项目}：服务已完成',
    text: '【一站通】您的订单{订单编号}（{服务项目}）服务已完成。请登录一站通网站在“我的”中确认并评价；电话预约的，热线将给您回访。',
  },
  'lifeOrder.cancelled': {
    label: '生活服务：预约已取消',
    description: '预约人取消或热线代为取消订单后发给预约人',
    variables: lifeOrderVariables,
    subject: '{服务项目}：预约已取消',
    text: '【一站通】您{上门时间}的“{服务项目}”预约（订单{订单编号}）已取消。',
  },
  'lifeOrder.unserved': {
    label: '生活服务：无企业接单',
    description: '没有服务企业能在所选时段承接订单、订单关闭时发给预约人',
    variables: lifeOrderVariables,
    subject: '{服务项目}：暂无企业接单',
    text: '【一站通】很抱歉，您{上门时间}的“{服务项目}”预约（订单{订单编号}）暂时没有服务企业能够承接，订单已关闭。请换一个时段重新预约，或拨打12345。',
  },
  'lifeOrder.offered': {
    label: '生活服务：新订单（发给服务企业）',
    description: '平台把订单派给服务企业时发到企业联系人的手机',
    variables: {
      ...lifeOrderVariables,
      community: { name: '服务社区', description: '服务地址所在的社区', sample: '纬五路社区' },
      deadline: { name: '接单截止时间', description: '须在此前接单或拒单，过时平台改派其他企业', sample: '2026-12-07 16:30' },
    },
    subject: '新订单{订单编号}',
    text: '【一站通】新订单{订单编号}：{服务项目}，{服务社区}，上门时间{上门时间}。请在{接单截止时间}前登录企业工作台接单或拒单，过时将改派其他企业。',
  },
  'resident.signInCode': {
    label: '居民登录：短信验证码',
    description: '居民用手机号登录时发送的六位验证码',
    variables: {
      code: { name: '验证码', description: '六位短信验证码', sample: '305128' },
      minutes: { name: '有效分钟', description: '验证码几分钟内有效', sample: '5' },
    },
    subject: '登录验证码',
    text: '【一站通】您的登录验证码是{验证码}，{有效分钟}分钟内有效。请勿告诉他人，工作人员不会向您索要验证码。',
  },
  'worker.cardsChanged': {
    label: '生活服务：服务卡变色（发给加盟企业）',
    description: '每天凌晨重算服务人员的服务卡后，发给有服务卡变为黄码或红码的企业联系人，每天最多一条；不发给服务人员本人',
    variables: {
      providerName: { name: '企业名称', description: '加盟企业的名称', sample: '好帮手家政服务有限公司' },
      yellow: { name: '黄码人数', description: '今天变为黄码（证件30天内到期）的人数', sample: '2' },
      red: { name: '红码人数', description: '今天变为红码（证件过期、暂停或离职）的人数', sample: '1' },
    },
    subject: '服务卡变色提醒',
    text: '【一站通】{企业名称}今天有{黄码人数}名服务人员的服务卡变为黄码、{红码人数}名变为红码，红码人员不能上门服务。请登录企业工作台更新证件。',
  },
  'community.notice': {
    label: '社区论坛：居务公开（发给订阅的居民）',
    description: '居委会或街道办事处在社区论坛发布居务公开后，发给订阅了该论坛居务公开短信的居民，每条公开一次；修改不再发送',
    variables: {
      board: { name: '论坛', description: '发布居务公开的社区或街道', sample: '纬五路社区' },
      kind: { name: '公开类别', description: '通知公告、财务公开、会议结果、公示等', sample: '通知公告' },
      title: { name: '标题', description: '居务公开的标题', sample: '12月8日停水通知' },
      link: { name: '链接', description: '居务公开在门户的网址', sample: 'https://yizhan.example.cn/community/410105001001/threads/42/' },
    },
    subject: '{论坛}{公开类别}',
    text: '【一站通】{论坛}{公开类别}：{标题}。详见{链接}',
  },
  'community.proposalReached': {
    label: '社区论坛：居民提议达到上会人数（发给社区工作者）',
    description: '居民提议的支持人数达到论坛设置的上会人数时，发给该社区留有电话的社区工作者，请其列入居民议事会议程',
    variables: {
      title: { name: '提议标题', description: '居民提议的标题', sample: '在小区东门加装雨棚' },
      supports: { name: '支持人数', description: '当前支持人数', sample: '10' },
    },
    subject: '居民提议达到上会人数',
    text: '【一站通】居民提议“{提议标题}”已有{支持人数}人支持，达到上会人数，请安排列入居民议事会议程并答复。',
  },
  'community.proposalAnswered': {
    label: '社区论坛：居民提议已答复（发给提议人和支持者）',
    description: '社区对居民提议作出采纳、不采纳或研究中的答复后，发给提议人和网上支持的居民',
    variables: {
      title: { name: '提议标题', description: '居民提议的标题', sample: '在小区东门加装雨棚' },
      decision: { name: '答复结果', description: '“采纳”“不采纳”或“研究中”', sample: '采纳' },
      link: { name: '链接', description: '提议在门户的网址，可查看答复理由和进展', sample: 'https://yizhan.example.cn/community/410105001001/proposals/42/' },
    },
    subject: '居民提议已答复',
    text: '【一站通】居民提议“{提议标题}”已答复：{答复结果}。理由和进展见{链接}',
  },
  'community.memberDecided': {
    label: '社区论坛：入坛申请结果',
    description: '居民申请由居委会确认加入社区论坛，社区工作者确认或不予确认后发给申请人',
    variables: {
      board: { name: '论坛', description: '申请加入的社区论坛', sample: '纬五路社区' },
      result: { name: '处理结果', description: '确认后的说明，或不予确认的说明', sample: '已确认您是本社区居民，现在可以发帖和回复' },
    },
    subject: '入坛申请结果',
    text: '【一站通】您申请加入{论坛}论坛：{处理结果}。',
  },
  'community.memberBarred': {
    label: '社区论坛：禁言或列入黑名单',
    description: '社区工作者对论坛成员禁言或列入黑名单后发给该居民，写明措施和理由',
    variables: {
      measure: { name: '措施', description: '“禁言3天”或“列入论坛黑名单”', sample: '禁言3天' },
      reason: { name: '理由', description: '社区工作者写明的理由', sample: '多次发布广告' },
    },
    subject: '论坛禁言或黑名单通知',
    text: '【一站通】您在社区论坛被{措施}，理由：{理由}。如有异议，请联系所在社区居委会。',
  },
  'community.postModerated': {
    label: '社区论坛：帖子审核结果',
    description: '社区工作者审核通过、不予通过、屏蔽或恢复居民的帖子或回复后发给发帖人',
    variables: { ...communityPostVariables, result: { name: '处理结果', description: '审核通过、不予通过、屏蔽或恢复显示', sample: '屏蔽' }, reasonNote: { name: '理由说明', description: '“，理由：……”；没有填写理由时为空', sample: '，理由：含有他人电话号码' } },
    subject: '论坛帖子审核结果',
    text: '【一站通】您在社区论坛发布的“{帖子}”经社区工作者审核：{处理结果}{理由说明}。可在一站通网站“我的论坛”查看。',
  },
  'community.reportHandled': {
    label: '社区论坛：举报处理结果',
    description: '社区工作者处理了居民举报的帖子或回复后发给举报人',
    variables: { ...communityPostVariables, result: { name: '处理结果', description: '举报属实，已处理；或经核查未违规', sample: '举报属实，已处理' }, outcome: { name: '处理说明', description: '审核的决定和理由', sample: '屏蔽：含有他人电话号码' } },
    subject: '举报处理结果',
    text: '【一站通】您举报的“{帖子}”已处理：{处理结果}（{处理说明}）。感谢您帮助维护社区论坛秩序。',
  },
} as const satisfies Record<string, EventDefinition>

export type MessageEvent = keyof typeof MESSAGE_EVENTS

export const MESSAGE_EVENT_CODES = Object.keys(MESSAGE_EVENTS) as MessageEvent[]

export const isMessageEvent = (value: unknown): value is MessageEvent => typeof value === 'string' && Object.hasOwn(MESSAGE_EVENTS, value)

/** The values a sender passes for an event: one per declared variable, by its code name. */
export type MessageVariables<E extends MessageEvent> = Record<keyof (typeof MESSAGE_EVENTS)[E]['variables'], null | number | string | undefined>
