import { type CollectionBeforeChangeHook, type CollectionConfig, ValidationError } from 'payload'

import { anyone, nobody } from '../access'
import { communityStaffInScope } from '../community/access'
import { PLATFORM_ONLY } from '../community/postFields'
import { MODERATION_MODES } from '../community/words'
import { divisionScopeFields, setScopeFromDivision } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'
import { divisionById } from '../Divisions/lookup'
import { relationId } from '../relations'
import { forgetCachedBoards } from './lookup'

export const BOARDS = 'boards'

/** A new board's settings, until its staff change them. */
export const BOARD_DEFAULTS = { moderation: 'post', proposalThreshold: 10, reportHoldThreshold: 3 } as const

/** Boards are a community's or a street's (wider topics); the division says which. */
export const BOARD_LEVELS = { community: '社区', street: '街道' } as const

/** The board's code and name follow its division: 纬五路社区居民论坛. */
const nameAfterDivision: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const id = relationId(data.division ?? originalDoc?.division)
  const division = id ? await divisionById(req, id) : undefined
  if (!division || (division.level !== 'community' && division.level !== 'street')) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'division', message: '论坛只能设在社区或街道' }], req })
  }
  return { ...data, code: division.code, level: division.level, name: `${division.name}居民论坛` }
}

/**
 * 社区论坛: one board per community, and one per street for wider topics,
 * at /community/<12-digit code>/. The board's settings are its staff's:
 * 先发后审 or 先审后发, the supports a proposal needs to reach the 居民议事会,
 * and how many reports hold a post for review. Opened for every community
 * and street by the seed and when a division is added (hooks/followDivision.ts).
 */
export const Boards: CollectionConfig = {
  slug: BOARDS,
  labels: { singular: { zh: '社区论坛', en: 'Community board' }, plural: { zh: '社区论坛', en: 'Community boards' } },
  admin: {
    group: { zh: '社区论坛', en: 'Community' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'level', 'moderation', 'proposalThreshold', 'open'],
    description: {
      zh: '每个社区、每个街道各有一个居民论坛。这里设置审核方式（先发后审或先审后发）、居民提议列入议事会议程所需的支持人数，以及被举报几次后暂停显示待复核。',
      en: 'One board per community and per street, with its moderation settings.',
    },
  },
  defaultSort: 'code',
  access: { read: anyone, create: communityStaffInScope, update: communityStaffInScope, delete: nobody },
  hooks: { beforeChange: [setScopeFromDivision, nameAfterDivision], afterChange: [forgetCachedBoards] },
  fields: [
    ...divisionScopeFields({ label: { zh: '社区或街道', en: 'Community or street' } }),
    { name: 'code', type: 'text', unique: true, index: true, label: { zh: '区划代码', en: 'Code' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'name', type: 'text', label: { zh: '论坛名称', en: 'Name' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    { name: 'level', type: 'select', options: selectOptions(BOARD_LEVELS), label: { zh: '层级', en: 'Level' }, access: PLATFORM_ONLY, admin: { readOnly: true } },
    {
      name: 'moderation',
      type: 'select',
      required: true,
      defaultValue: BOARD_DEFAULTS.moderation,
      options: selectOptions(MODERATION_MODES),
      label: { zh: '审核方式', en: 'Moderation' },
      admin: { description: { zh: '先审后发：居民的帖子和回复经社区工作者审核通过后才显示。', en: 'Pre-moderation shows posts only after approval.' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'proposalThreshold', type: 'number', required: true, defaultValue: BOARD_DEFAULTS.proposalThreshold, min: 1, max: 10000, label: { zh: '提议上会所需支持人数', en: 'Supports for the agenda' } },
        { name: 'reportHoldThreshold', type: 'number', required: true, defaultValue: BOARD_DEFAULTS.reportHoldThreshold, min: 1, max: 100, label: { zh: '被举报几次后暂停显示', en: 'Reports before hold' } },
      ],
    },
    { name: 'open', type: 'checkbox', defaultValue: true, label: { zh: '开放发帖', en: 'Open for posting' } },
  ],
}
