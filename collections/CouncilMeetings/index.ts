import type { CollectionConfig } from 'payload'

import { anyone, nobody } from '../access'
import { communityStaffInScope, staffInScopeReads } from '../community/access'
import { scopeFromBoard } from '../community/scopeFromBoard'
import { scopePathField } from '../fields/divisionScope'
import { selectOptions } from '../fields/selectOptions'
import { countAttendance, markAgenda, proposalsOfBoard } from './agenda'

export const MEETING_STATUSES = { planned: '待召开', held: '已召开' } as const

/**
 * 居民议事会: a community's residents' council meeting — its agenda (the
 * proposals that reached their threshold, and any others), and once held
 * its minutes and attendance. Community staff keep them in the admin; the
 * portal shows agenda and minutes.
 */
export const CouncilMeetings: CollectionConfig = {
  slug: 'council-meetings',
  labels: { singular: { zh: '居民议事会', en: 'Council meeting' }, plural: { zh: '居民议事会', en: 'Council meetings' } },
  admin: {
    group: { zh: '社区论坛', en: 'Community' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'board', 'startsAt', 'status'],
    description: { zh: '居民议事会的议程、会议记录和出席情况。议程在门户公开；出席人员名单只在后台显示，门户只显示出席人数。', en: "Residents' council meetings." },
  },
  defaultSort: '-startsAt',
  access: { read: anyone, create: communityStaffInScope, update: communityStaffInScope, delete: nobody },
  hooks: { beforeChange: [scopeFromBoard, countAttendance], afterChange: [markAgenda] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 80, label: { zh: '会议名称', en: 'Title' } },
    { name: 'board', type: 'relationship', relationTo: 'boards', required: true, index: true, label: { zh: '社区论坛', en: 'Board' } },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', required: true, index: true, label: { zh: '召开时间', en: 'Starts' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'place', type: 'text', required: true, maxLength: 100, label: { zh: '地点', en: 'Place' } },
        { name: 'status', type: 'select', required: true, defaultValue: 'planned', options: selectOptions(MEETING_STATUSES), label: { zh: '状态', en: 'Status' } },
      ],
    },
    {
      name: 'agenda',
      type: 'relationship',
      relationTo: 'board-threads',
      hasMany: true,
      label: { zh: '议程（居民提议）', en: 'Agenda' },
      filterOptions: proposalsOfBoard,
    },
    { name: 'minutes', type: 'textarea', maxLength: 20000, label: { zh: '会议记录', en: 'Minutes' }, admin: { condition: (data) => data?.status === 'held' } },
    { name: 'attendeeCount', type: 'number', min: 0, label: { zh: '出席人数', en: 'Attendees' }, admin: { description: { zh: '填写出席人员名单后按名单人数自动计算；门户只显示人数。', en: 'Counted from the attendance when it is listed.' }, condition: (data) => data?.status === 'held' } },
    {
      name: 'attendance',
      type: 'array',
      label: { zh: '出席人员', en: 'Attendance' },
      // Attendees are named for the record, not for the public: the portal shows how many came.
      access: { read: staffInScopeReads },
      admin: { condition: (data) => data?.status === 'held' },
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 50, label: { zh: '姓名', en: 'Name' } },
        { name: 'role', type: 'text', maxLength: 50, label: { zh: '身份', en: 'Role' }, admin: { description: { zh: '如：居民代表、居委会委员、列席', en: 'e.g. representative' } } },
      ],
    },
    scopePathField,
  ],
}
