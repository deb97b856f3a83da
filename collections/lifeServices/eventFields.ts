import type { Field } from 'payload'

import { scopePathField } from '../fields/divisionScope'

type Words = { en: string; zh: string }

/**
 * The fields a life-services history entry has after the common ones: which
 * party acted (staff, the provider, the resident, the platform where it acts
 * itself), the provider concerned, the provider's account that acted, and the
 * case's division path (who may read it).
 */
export const lifeEventFields = ({ provider, resident, system }: { provider: Words; resident: Words; system: boolean }): Field[] => [
  {
    name: 'by',
    type: 'select',
    required: true,
    options: [
      { value: 'staff', label: { zh: '工作人员', en: 'Staff' } },
      { value: 'provider', label: { zh: '加盟企业', en: 'Provider' } },
      { value: 'resident', label: resident },
      ...(system ? [{ value: 'system', label: { zh: '系统', en: 'System' } }] : []),
    ],
    label: { zh: '操作方', en: 'By' },
  },
  { name: 'provider', type: 'relationship', relationTo: 'providers', index: true, label: provider },
  { name: 'providerAccount', type: 'relationship', relationTo: 'provider-accounts', label: { zh: '企业账号', en: 'Provider account' }, admin: { hidden: true } },
  scopePathField,
]
