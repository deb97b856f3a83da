'use client'

import { type FormEvent, useEffect, useState } from 'react'

import { readRefusal } from '../../../cms/components/refusal'
import type { ProviderSearchAnswer } from '../../Providers/lib/search'
import { DivisionPicker } from '../../Tickets/desk/DivisionPicker'
import { FocusedOutcome } from '../../Tickets/desk/OrderOutcome'

type Option = { label: string; value: string }

export type BookOptions = {
  categories: (Option & { subsidy: boolean })[]
  communities: Option[]
  dates: string[]
  periods: Option[]
  /** Price units in words, by their stored value. */
  units: Record<string, string>
}

/** The answer of `POST /api/life-orders/desk`. */
type Booked = { amount: null | number; id: number | string; message: string; number: string; payable: null | number; providerName: null | string; statusLabel: string; subsidy: null | { amount: number; label: string }; subsidyNote: null | string }

type Outcome = { booked: Booked; ok: true } | { message: string; ok: false }

/** 平台派单: no item chosen, the platform offers the order to the best provider with a free seat. */
const PLATFORM = ''

const EMPTY = { phone: '', name: '', address: '', community: '', category: '', item: PLATFORM, date: '', period: '', quantity: '1', notes: '', subsidyConsent: false, idNumber: '' }

const yuan = (amount: null | number) => (amount === null ? '待定' : `${amount}元`)

/** What became of the booking, in the words the agent reads to the caller. */
function bookedLines(booked: Booked): string[] {
  return [
    `订单编号 ${booked.number}（${booked.statusLabel}）`,
    booked.providerName ? `已派给：${booked.providerName}` : '无企业接单',
    `金额：${yuan(booked.amount)}；居民应付：${yuan(booked.payable)}`,
    booked.subsidy ? `补贴：${booked.subsidy.label}，${booked.subsidy.amount}元` : `补贴：${booked.subsidyNote ?? '本类服务没有补贴'}`,
    booked.message,
  ]
}

/** The booking's outcome: the order read out with a link, or the refusal. */
function BookOutcome({ adminRoute, outcome }: { adminRoute: string; outcome: null | Outcome }) {
  if (!outcome) return null
  return (
    <FocusedOutcome ok={outcome.ok} shown={outcome}>
      {outcome.ok ? (
        <>
          {bookedLines(outcome.booked).map((line) => (
            <p key={line}>{line}</p>
          ))}
          <a href={`${adminRoute}/collections/life-orders/${outcome.booked.id}`}>打开订单</a>
        </>
      ) : (
        <p>{outcome.message}</p>
      )}
    </FocusedOutcome>
  )
}

/** The providers serving the community in the category, with their items, as the portal finds them. */
function useProviders(category: string, community: string): { error: string; found: null | ProviderSearchAnswer } {
  const [state, setState] = useState<{ error: string; found: null | ProviderSearchAnswer }>({ error: '', found: null })
  useEffect(() => {
    setState({ error: '', found: null })
    if (!category || !community) return
    const controller = new AbortController()
    fetch(`/api/life/providers/search?${new URLSearchParams({ category, community })}`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => (response.ok ? setState({ error: '', found: (await response.json()) as ProviderSearchAnswer }) : setState({ error: (await readRefusal(response)).message, found: null })))
      .catch(() => controller.signal.aborted || setState({ error: '查不到服务企业，可以选择平台派单', found: null }))
    return () => controller.abort()
  }, [category, community])
  return state
}

/** The phone booking: the caller, the address, what and when; every refusal by its field. */
export function LifeBookForm({ adminRoute, options }: { adminRoute: string; options: BookOptions }) {
  const [booking, setBooking] = useState(EMPTY)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [outcome, setOutcome] = useState<null | Outcome>(null)
  const [busy, setBusy] = useState(false)
  const { error: searchError, found } = useProviders(booking.category, booking.community)
  const set = (name: keyof typeof EMPTY, value: boolean | string) => setBooking((current) => ({ ...current, [name]: value }))
  const subsidised = options.categories.find((category) => category.value === booking.category)?.subsidy ?? false

  async function submit(event: FormEvent) {
    event.preventDefault()
    setOutcome(null)
    setBusy(true)
    setErrors({})
    const response = await fetch('/api/life-orders/desk', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        ...booking,
        item: booking.item,
        category: booking.item === PLATFORM ? booking.category : '',
        quantity: Number(booking.quantity),
        subsidyConsent: subsidised && booking.subsidyConsent,
        idNumber: subsidised && booking.subsidyConsent ? booking.idNumber : '',
      }),
    }).catch(() => null)
    setBusy(false)
    if (!response?.ok) {
      const { fields, message } = await readRefusal(response)
      setErrors(fields)
      setOutcome({ ok: false, message })
      return
    }
    setOutcome({ ok: true, booked: (await response.json()) as Booked })
  }

  const fieldError = (name: string) =>
    errors[name] ? (
      <p className="hotline-desk__error" id={`book-${name}-error`}>
        {errors[name]}
      </p>
    ) : null
  const described = (name: string) => (errors[name] ? { 'aria-describedby': `book-${name}-error`, 'aria-invalid': true } : {})
  const text = (name: 'address' | 'idNumber' | 'name' | 'phone', label: string, extra: { autoComplete?: string; inputMode?: 'numeric' | 'tel'; maxLength: number }) => (
    <>
      <label htmlFor={`book-${name}`}>{label}</label>
      <input id={`book-${name}`} value={booking[name]} onChange={(event) => set(name, event.target.value)} autoComplete="off" {...extra} {...described(name)} />
      {fieldError(name)}
    </>
  )

  return (
    <form onSubmit={submit} noValidate aria-label="代客预约生活服务">
      <div className="hotline-desk__row">
        <div>{text('phone', '来电人手机号码', { inputMode: 'tel', maxLength: 11 })}</div>
        <div>{text('name', '来电人姓名', { maxLength: 50 })}</div>
      </div>
      {text('address', '服务地址', { maxLength: 200 })}
      <DivisionPicker
        id="book-community"
        label="服务地址所在社区"
        hint="输入社区名称中的几个字，从列表中选择"
        options={options.communities}
        onPick={(value) => set('community', value)}
        error={errors.community}
      />
      <label htmlFor="book-category">服务类别</label>
      <select id="book-category" value={booking.category} onChange={(event) => setBooking((current) => ({ ...current, category: event.target.value, item: PLATFORM }))} {...described('category')}>
        <option value="">请选择</option>
        {options.categories.map((category) => (
          <option key={category.value} value={category.value}>
            {category.label}
          </option>
        ))}
      </select>
      {fieldError('category')}
      {booking.category && booking.community ? (
        <fieldset {...described('item')}>
          <legend>服务企业和项目</legend>
          <label className="hotline-desk__check">
            <input type="radio" name="item" value={PLATFORM} checked={booking.item === PLATFORM} onChange={() => set('item', PLATFORM)} />
            平台派单（由平台按评价和空闲时段选择企业）
          </label>
          {found?.providers.flatMap((provider) =>
            provider.items.map((item) => (
              <label key={item.id} className="hotline-desk__check">
                <input type="radio" name="item" value={String(item.id)} checked={booking.item === String(item.id)} onChange={() => set('item', String(item.id))} />
                {provider.name}：{item.name}，{item.price}元/{options.units[item.unit] ?? item.unit}
                {provider.rating.average === null ? '' : `（满意度${provider.rating.average}分）`}
              </label>
            )),
          )}
          {found && found.providers.length === 0 ? <p>这个社区暂时没有提供这类服务的企业，可以选择平台派单。</p> : null}
          {searchError ? <p>{searchError}</p> : null}
        </fieldset>
      ) : null}
      {fieldError('item')}
      <div className="hotline-desk__row">
        <div>
          <label htmlFor="book-date">上门日期</label>
          <select id="book-date" value={booking.date} onChange={(event) => set('date', event.target.value)} {...described('date')}>
            <option value="">请选择</option>
            {options.dates.map((date) => (
              <option key={date} value={date}>
                {date}
              </option>
            ))}
          </select>
          {fieldError('date')}
        </div>
        <div>
          <label htmlFor="book-period">时段</label>
          <select id="book-period" value={booking.period} onChange={(event) => set('period', event.target.value)} {...described('period')}>
            <option value="">请选择</option>
            {options.periods.map((period) => (
              <option key={period.value} value={period.value}>
                {period.label}
              </option>
            ))}
          </select>
          {fieldError('period')}
        </div>
        <div>
          <label htmlFor="book-quantity">数量</label>
          <input id="book-quantity" type="number" min={1} max={100} value={booking.quantity} onChange={(event) => set('quantity', event.target.value)} {...described('quantity')} />
          {fieldError('quantity')}
        </div>
      </div>
      <label htmlFor="book-notes">备注</label>
      <textarea id="book-notes" value={booking.notes} maxLength={500} onChange={(event) => set('notes', event.target.value)} {...described('notes')} />
      {fieldError('notes')}
      {subsidised ? (
        <fieldset>
          <legend>补贴</legend>
          <label className="hotline-desk__check">
            <input type="checkbox" checked={booking.subsidyConsent} onChange={(event) => set('subsidyConsent', event.target.checked)} />
            来电人同意核验其在人口库中的登记信息，以确认补贴资格
          </label>
          {booking.subsidyConsent ? text('idNumber', '来电人身份证号码', { maxLength: 18 }) : null}
        </fieldset>
      ) : null}
      <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
        {busy ? '正在提交…' : '提交预约'}
      </button>
      <BookOutcome adminRoute={adminRoute} outcome={outcome} />
    </form>
  )
}
