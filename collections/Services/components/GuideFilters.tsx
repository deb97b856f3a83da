'use client'
import type { Where } from 'payload'

import { useConfig, useListQuery } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'

import { SERVICE_KIND_LABELS } from '../options'
import { REVIEW_WARNING_DAYS, reviewHorizon } from '../review'
import './guideFilters.css'

type Option = { label: string; value: string }
type Filters = Record<FilterKey, string>
type FilterKey = 'department' | 'kind' | 'review' | 'stage' | 'status' | 'topic'

const EMPTY: Filters = { stage: '', topic: '', department: '', kind: '', status: '', review: '' }

const STATUS_OPTIONS: Option[] = [
  { value: 'published', label: '已发布' },
  { value: 'draft', label: '草稿' },
]
const KIND_OPTIONS: Option[] = Object.entries(SERVICE_KIND_LABELS).map(([value, label]) => ({
  value,
  label: label.zh,
}))
const REVIEW_OPTIONS: Option[] = [
  { value: 'overdue', label: '已到期' },
  { value: 'soon', label: `${REVIEW_WARNING_DAYS}天内到期（含已到期）` },
]

/** The filter the list sends to the API: one `and` clause per chosen value. */
function toWhere(filters: Filters): Where {
  const and: Where[] = []
  if (filters.stage) and.push({ stage: { equals: filters.stage } })
  if (filters.topic) and.push({ topic: { equals: filters.topic } })
  if (filters.department) and.push({ department: { equals: filters.department } })
  if (filters.kind) and.push({ kind: { equals: filters.kind } })
  if (filters.status) and.push({ _status: { equals: filters.status } })
  if (filters.review) {
    and.push({ reviewDue: { less_than_equal: reviewHorizon(filters.review === 'soon' ? REVIEW_WARNING_DAYS : 0) } })
  }
  return and.length ? { and } : {}
}

/** Read back the filters this component wrote, so they survive a reload. */
function fromWhere(where: undefined | Where): Filters {
  const filters = { ...EMPTY }
  for (const clause of (where?.and as Where[] | undefined) ?? []) {
    const [field, condition] = Object.entries(clause)[0] ?? []
    const { equals: value, less_than_equal: limit } = (condition ?? {}) as Record<string, unknown>
    if (field === '_status' && typeof value === 'string') filters.status = value
    else if (field === 'reviewDue') filters.review = String(limit) <= reviewHorizon(0) ? 'overdue' : 'soon'
    else if (field && field in filters && typeof value === 'string') filters[field as FilterKey] = value
  }
  return filters
}

function useOptions(collection: string, labelField: string): Option[] {
  const { config } = useConfig()
  const [options, setOptions] = useState<Option[]>([])
  useEffect(() => {
    const url = `${config.serverURL}${config.routes.api}/${collection}?depth=0&limit=500&draft=true&sort=code&select[${labelField}]=true&select[code]=true`
    fetch(url, { credentials: 'include' })
      .then((response) => response.json())
      .then((body: { docs?: Record<string, string>[] }) =>
        setOptions(
          (body.docs ?? []).map((doc) => ({ value: String(doc.id), label: `${doc.code} ${doc[labelField]}` })),
        ),
      )
      .catch(() => setOptions([]))
  }, [collection, config.routes.api, config.serverURL, labelField])
  return options
}

function Select(props: {
  label: string
  onChange: (value: string) => void
  options: Option[]
  value: string
}) {
  const id = useId()
  return (
    <div className="guide-filters__field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} onChange={(event) => props.onChange(event.target.value)} value={props.value}>
        <option value="">全部</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * Quick filters above the guide list: life stage, topic, department, kind,
 * status and review date, combined. Payload's own filter builder stays
 * available for anything else.
 */
export function GuideFilters() {
  const { handleWhereChange, query } = useListQuery()
  const [filters, setFilters] = useState<Filters>(() => fromWhere(query?.where))
  const stages = useOptions('life-stages', 'title')
  const topics = useOptions('topics', 'title')
  const departments = useOptions('departments', 'name')

  const update = (key: FilterKey) => (value: string) => {
    const next = { ...filters, [key]: value }
    setFilters(next)
    void handleWhereChange?.(toWhere(next))
  }
  const stageCode = stages.find((stage) => stage.value === filters.stage)?.label.split(' ')[0]
  const visibleTopics = stageCode ? topics.filter((topic) => topic.label.startsWith(stageCode)) : topics

  return (
    <fieldset className="guide-filters">
      <legend>快速筛选</legend>
      <Select label="人生阶段" onChange={update('stage')} options={stages} value={filters.stage} />
      <Select label="主题" onChange={update('topic')} options={visibleTopics} value={filters.topic} />
      <Select label="实施主体" onChange={update('department')} options={departments} value={filters.department} />
      <Select label="办理方式" onChange={update('kind')} options={KIND_OPTIONS} value={filters.kind} />
      <Select label="状态" onChange={update('status')} options={STATUS_OPTIONS} value={filters.status} />
      <Select label="复核" onChange={update('review')} options={REVIEW_OPTIONS} value={filters.review} />
    </fieldset>
  )
}
