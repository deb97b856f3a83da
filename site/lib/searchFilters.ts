import { ONLINE_DEPTHS } from '../../collections/Services/options'
import { catalogue } from './catalogue'
import { feeText, onlineText, visitsText } from './facts'

/**
 * The search page's filters. Names and values are exactly what each guide
 * declares to Pagefind (data-pagefind-filter on the guide page), so both come
 * from the same wording helpers.
 */
export type SearchFilterGroup = { label: string; name: string; values: string[] }

export function searchFilterGroups(): SearchFilterGroup[] {
  const { departments, services, stages } = catalogue()
  const used = (values: string[]) => [...new Set(values)]
  const collator = new Intl.Collator('zh-CN-u-co-pinyin')
  const departmentsInUse = new Set(services.map((service) => service.department))
  return [
    { name: 'stage', label: '人生阶段', values: [...stages].sort((a, b) => a.order - b.order).map((stage) => stage.title) },
    {
      name: 'department',
      label: '部门',
      values: departments
        .filter((department) => departmentsInUse.has(department.code))
        .map((department) => department.name)
        .sort(collator.compare),
    },
    { name: 'online', label: '网上办理程度', values: ONLINE_DEPTHS.map(onlineText) },
    { name: 'visits', label: '到现场次数', values: used([0, 1, 2].map(visitsText)) },
    { name: 'fee', label: '收费', values: [feeText(false), feeText(true)] },
  ]
}
