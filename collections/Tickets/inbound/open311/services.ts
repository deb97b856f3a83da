import type { PayloadRequest } from 'payload'

import type { Service } from '../../../../cms/payload-types'
import type { FormField } from '../../../Applications/form/validate'
import { CHOICE_FIELD_TYPES } from '../../../Services/options'
import { publishedServiceList } from '../../../Services/publishedService'

/** A service in GeoReport's words. */
type Open311Service = {
  description: string
  group: string
  keywords: string
  metadata: boolean
  service_code: string
  service_name: string
  type: 'realtime'
}

/** One attribute of a service definition. */
type Open311Attribute = {
  code: string
  datatype: 'datetime' | 'multivaluelist' | 'number' | 'singlevaluelist' | 'string' | 'text'
  datatype_description: string
  description: string
  order: number
  required: boolean
  values: { key: string; name: string }[]
  variable: true
}

/** The published services that take requests online: those with an application form (cached, see publishedServiceList). */
export const onlineServices = (req: PayloadRequest): Promise<Service[]> =>
  publishedServiceList('open311', async () => {
    const { docs } = await req.payload.find({
      collection: 'services',
      where: { and: [{ _status: { equals: 'published' } }, { kind: { equals: 'online' } }] },
      sort: 'code',
      pagination: false,
      depth: 1,
      // Leave out what GeoReport never shows (selecting fields instead loses choice options on SQLite, see publishedService).
      select: { materials: false, steps: false, faqs: false, legalBases: false, conditions: false, related: false, centres: false },
      req,
    })
    return docs as Service[]
  })

const groupOf = (service: Service): string => (typeof service.topic === 'object' && service.topic ? service.topic.title : '')

export const asOpen311Service = (service: Service): Open311Service => ({
  service_code: service.code,
  service_name: service.title,
  description: service.summary ?? '',
  metadata: (service.applicationForm?.fields?.length ?? 0) > 0,
  type: 'realtime',
  keywords: (service.aliases ?? []).join(','),
  group: groupOf(service),
})

const DATATYPES: Record<FormField['type'], Open311Attribute['datatype']> = {
  text: 'string',
  textarea: 'text',
  number: 'number',
  date: 'datetime',
  select: 'singlevaluelist',
  radio: 'singlevaluelist',
  checkboxes: 'multivaluelist',
  phone: 'string',
  'id-number': 'string',
  email: 'string',
}

const DESCRIBED: Partial<Record<FormField['type'], string>> = {
  date: '日期，YYYY-MM-DD',
  phone: '11位手机号码',
  'id-number': '18位公民身份号码',
  email: '电子邮箱',
}

/** A service's application form as GeoReport attributes, in the form's order. */
export const attributesOf = (service: Service): Open311Attribute[] =>
  ((service.applicationForm?.fields ?? []) as FormField[]).map((field, index) => ({
    variable: true,
    code: field.name,
    datatype: DATATYPES[field.type],
    required: Boolean(field.required),
    datatype_description: DESCRIBED[field.type] ?? '',
    order: index + 1,
    description: field.help ? `${field.label}（${field.help}）` : field.label,
    values: CHOICE_FIELD_TYPES.includes(field.type) ? (field.options ?? []).map((option) => ({ key: option, name: option })) : [],
  }))
