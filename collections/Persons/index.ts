import type { CollectionConfig } from 'payload'

import { rolesInScope } from '../access'
import { DIVISION_LEVELS } from '../Divisions/code'
import { divisionScopeFields, setScopeFromDivision } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'
import { populationAccessRules } from '../population/access'
import { personalRecord } from '../privacy/personalRecord'
import { personalField } from '../privacy/personalField'
import { maskIdNumber } from '../privacy/mask'
import { citizenIdFacts } from '../validation/identity'
import { chinaDate } from '../CalendarDays/workingDays'
import { deriveFromIdNumber } from './hooks/deriveFromIdNumber'
import { statusDateProblem } from './statusDate'
import { duplicateEndpoints } from './duplicates/endpoints'
import { importEndpoint } from './transfer/importEndpoint'
import { exportEndpoint } from './transfer/exportEndpoint'
import { templateEndpoint } from './transfer/templateEndpoint'
import { moveRegisters } from './hooks/moveRegisters'
import { duplicateFields } from './duplicates/fields'
import { flagPossibleDuplicate, reflagAfterChange, reflagAfterDelete } from './duplicates/group'
import { checkIdNumber, checkPhone, ETHNIC_GROUPS, PERSON_STATUS_LABELS, SEX_LABELS, SOCIAL_INSURANCE_LABELS } from './options'

/**
 * Sized for a city of millions (scripts/bench-population.ts):
 * - name and birth date find near-duplicates, and serve searches by name;
 * - each level's division with the name gives a registrar's list page, in
 *   name order, straight from an index (access rules filter on the user's
 *   own level), ties broken by the creation time (see defaultSort);
 * - the status, birth date and sex with the whole division path answer the
 *   age-sex pyramid and the derived registers (birth-date ranges) from the
 *   index alone, whatever the viewer's level;
 * - the city, status and lower levels count the population by division.
 */
const personIndexes: NonNullable<CollectionConfig['indexes']> = [
  { fields: ['name', 'birthDate'] },
  ...DIVISION_LEVELS.map((level) => ({ fields: [`scope.${level}`, 'name', 'createdAt'] })),
  { fields: ['status', 'birthDate', 'sex', ...DIVISION_LEVELS.map((level) => `scope.${level}`)] },
  { fields: ['scope.city', 'status', 'scope.district', 'scope.street', 'scope.community'] },
  // The few possible duplicates in the list's order: without it SQLite walks a
  // whole division in name order to find them (0.3 s for a city of a million).
  { fields: ['possibleDuplicate', 'name', 'createdAt'] },
]

const summarize = (doc: Record<string, unknown>): string =>
  `${String(doc.name ?? '')}（${maskIdNumber(String(doc.idNumber ?? ''))}）`

const { audit, endpoints, recordFields } = personalRecord('persons', summarize)

/**
 * A natural person in the population base (自然人): one record per citizen
 * ID number, placed in the community where they actually live. Sex and
 * birth date come from the ID number; ID number, phone and addresses are
 * masked for every reader, and every change is in the audit log.
 */
export const Persons: CollectionConfig = {
  slug: 'persons',
  labels: {
    singular: { zh: '人员', en: 'Person' },
    plural: { zh: '人员', en: 'Persons' },
  },
  admin: {
    group: { zh: '人口信息', en: 'Population' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'idNumber', 'sex', 'birthDate', 'division', 'status'],
    // Not the ID number: the search box looks up by part of a value (see collections/privacy/personalQueries.ts).
    listSearchableFields: ['name'],
    components: { beforeListTable: ['/collections/Persons/components/PersonsListActions#PersonsListActions'] },
    description: {
      zh: '辖区内的常住人员。身份证号、电话和地址默认打码显示；每次新建、修改、查看完整信息都记入审计日志。',
      en: 'Residents. ID numbers, phones and addresses are masked; every change is audited.',
    },
  },
  // By name, ties by creation (ascending, as the list indexes hold them): with
  // Payload's own tie-break (-createdAt) SQLite would sort every row before
  // the page, subqueries and all, and a deep page of a big street takes 0.5 s.
  defaultSort: ['name', 'createdAt'],
  // Only administrators remove a person; other systems and registrars record moves and deaths.
  access: { ...populationAccessRules('persons'), delete: rolesInScope('admin') },
  indexes: personIndexes,
  // The near-duplicate hooks find a person's group after every write, even one that asked for fewer fields back.
  forceSelect: { name: true, birthDate: true, possibleDuplicate: true },
  endpoints: [...endpoints, importEndpoint, templateEndpoint, exportEndpoint, ...duplicateEndpoints],
  hooks: {
    ...audit,
    beforeChange: [deriveFromIdNumber, setScopeFromDivision, flagPossibleDuplicate, ...audit.beforeChange],
    afterChange: [...audit.afterChange, moveRegisters, reflagAfterChange],
    afterDelete: [...audit.afterDelete, reflagAfterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 50, label: { zh: '姓名', en: 'Name' } },
        personalField({
          name: 'idNumber',
          personal: 'idNumber',
          required: true,
          unique: true,
          index: true,
          maxLength: 18,
          label: { zh: '公民身份号码', en: 'Citizen ID number' },
          check: checkIdNumber,
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'sex',
          type: 'select',
          options: selectOptions(SEX_LABELS),
          label: { zh: '性别', en: 'Sex' },
          admin: { readOnly: true, description: { zh: '由身份证号自动得出', en: 'From the ID number' } },
        },
        {
          name: 'birthDate',
          type: 'text',
          label: { zh: '出生日期', en: 'Date of birth' },
          admin: { readOnly: true, description: { zh: '由身份证号自动得出', en: 'From the ID number' } },
        },
        {
          name: 'ethnicity',
          type: 'select',
          defaultValue: '01',
          options: ETHNIC_GROUPS,
          label: { zh: '民族', en: 'Ethnic group' },
        },
      ],
    },
    personalField({
      name: 'phone',
      personal: 'phone',
      maxLength: 20,
      label: { zh: '联系电话', en: 'Phone' },
      check: checkPhone,
    }),
    personalField({ name: 'registeredAddress', personal: 'address', maxLength: 200, label: { zh: '户籍地址', en: 'Registered residence (hukou)' } }),
    personalField({ name: 'residenceAddress', personal: 'address', maxLength: 200, label: { zh: '现住址', en: 'Actual residence' } }),
    ...divisionScopeFields({
      label: { zh: '现居住社区', en: 'Community of residence' },
      description: { zh: '人员实际居住的社区，决定哪些工作人员能看到这条记录。', en: 'Decides who may see this record.' },
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'active',
          options: selectOptions(PERSON_STATUS_LABELS),
          label: { zh: '人员状态', en: 'Status' },
        },
        {
          name: 'statusDate',
          type: 'text',
          label: { zh: '迁出或死亡日期', en: 'Date moved out or died' },
          admin: {
            condition: (data) => data?.status !== 'active',
            placeholder: '2026-01-31',
          },
          validate: (value: null | string | undefined, { siblingData }: { siblingData: Record<string, unknown> }) => {
            if (siblingData.status === 'active') return true
            const idNumber = String(siblingData.idNumber ?? '')
            const birthDate = /^\d{17}[\dX]$/i.test(idNumber) ? citizenIdFacts(idNumber).birthDate : siblingData.birthDate
            return statusDateProblem(value ?? '', String(siblingData.status), typeof birthDate === 'string' ? birthDate : undefined, chinaDate()) ?? true
          },
        },
      ],
    },
    {
      name: 'socialInsurance',
      type: 'select',
      hasMany: true,
      options: selectOptions(SOCIAL_INSURANCE_LABELS),
      label: { zh: '社会保险参保', en: 'Social insurance' },
    },
    { name: 'notes', type: 'textarea', maxLength: 2000, label: { zh: '备注', en: 'Notes' } },
    ...recordFields,
    ...duplicateFields,
  ],
}
