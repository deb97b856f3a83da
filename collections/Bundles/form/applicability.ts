import type { FormDefinition } from '../../Applications/form/validate'
import { mergeForms } from './merge'

/**
 * Whether a 一件事 can be applied for as one application on this platform,
 * and, when not, why — in words a resident reads on the bundle's page and an
 * editor in the admin — with the way each service is done meanwhile.
 * Pure: the portal's build, the admin and the submit endpoint all decide
 * with it, from the services as published.
 */

/** A service of the bundle as published (null `kind`: not published). */
export type BundleMember = {
  code: string
  form: FormDefinition
  kind: 'counter' | 'elsewhere' | 'info' | 'online' | null
  /** The guide's link out, naming the other system where `elsewhere` services are done. */
  link: null | { label: string; url: string }
  title: string
}

/** How a service is done, in words: "到…办理". */
export function whereDone(member: Pick<BundleMember, 'kind' | 'link'>): string {
  switch (member.kind) {
    case 'online':
      return '在本平台网上申请'
    case 'elsewhere':
      return member.link ? `到“${member.link.label}”办理` : '到其他系统办理'
    case 'counter':
      return '到办理窗口现场办理'
    case 'info':
      return '查看办事指南（不需要申请）'
    default:
      return '等办事指南发布'
  }
}

/**
 * A form that asks about another person (当事人) or is handled where someone's
 * 户籍 or residence is: the merged form has neither the section nor one
 * community per member, so such a service is applied for on its own.
 */
function ownRouting(form: FormDefinition): null | string {
  if (form.party?.label) return `要填写${form.party.label}的信息`
  if (form.handledBy && form.handledBy !== 'applicant-residence') return '按户籍或居住地分派办理'
  return null
}

export type Applicability = {
  applicable: boolean
  /** Each reason it cannot, one sentence each; empty when it can. */
  reasons: string[]
}

/** Whether the bundle can be one application: editors enabled it, every service is online here and routed by the applicant's community, and their questions agree. */
export function bundleApplicability(enabled: boolean, members: BundleMember[]): Applicability {
  const reasons: string[] = []
  if (!enabled) reasons.push('这件事还没有开通一次申请')
  for (const member of members) {
    if (member.kind !== 'online') reasons.push(`“${member.title}”需要${whereDone(member)}`)
    else if (ownRouting(member.form)) reasons.push(`“${member.title}”${ownRouting(member.form)}，需要单独申请`)
  }
  const online = members.filter((member) => member.kind === 'online')
  reasons.push(...mergeForms(online.map(({ code, form, title }) => ({ code, form, title }))).conflicts)
  return { applicable: reasons.length === 0, reasons }
}

/** The applicability in one line, for the admin and the page: "可以一次申请" or "暂不能一次申请：…". */
export const applicabilityText = ({ applicable, reasons }: Applicability): string =>
  applicable ? '可以一次申请' : `这件事暂不能一次申请：${reasons.join('；')}。`
