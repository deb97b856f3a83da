'use client'

import { useCallback, useRef, useState } from 'react'

import { CallerLookup } from './CallerLookup'
import type { Guide } from '../../../site/lib/search/findGuides'
import { GuideSearch } from './GuideSearch'
import { type DeskOptions, OrderForm } from './OrderForm'
import { type Outcome, OrderOutcome } from './OrderOutcome'

/**
 * The hotline desk, keyboard first: the caller's number (Enter looks up
 * their earlier orders and applications), the guides as the portal finds
 * them (same index, aliases and pinyin), and the new order, which is
 * answered directly, dispatched, or just received, in one step. The order
 * takes the caller's number and the chosen guide, so those live here.
 * An order saved without a guide after the agent searched for one counts
 * the last query into the editors' worklist of missing guides.
 */
/** Count a query that ended without a guide (POST /api/search/misses, source desk); a lost report costs nothing. */
function reportDeskMiss(query: string): void {
  void fetch('/api/search/misses', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, source: 'desk' }),
  }).catch(() => undefined)
}

export function AgentDesk({ adminRoute, options }: { adminRoute: string; options: DeskOptions }) {
  const [phone, setPhone] = useState('')
  const [guide, setGuide] = useState<Guide | null>(null)
  const [outcome, setOutcome] = useState<null | Outcome>(null)
  // A new object each time, so the same entry used twice fills the reply twice.
  const [knowledgeAnswer, setKnowledgeAnswer] = useState<null | { text: string }>(null)
  const lastQuery = useRef('')
  const rememberQuery = useCallback((query: string) => {
    lastQuery.current = query
  }, [])

  const showOutcome = (next: null | Outcome) => {
    if (next?.ok && !guide && lastQuery.current) reportDeskMiss(lastQuery.current)
    if (next?.ok) lastQuery.current = ''
    setOutcome(next)
  }

  return (
    <>
      <h1>热线坐席台</h1>
      <div className="hotline-desk__columns">
        <section aria-labelledby="desk-caller">
          <CallerLookup adminRoute={adminRoute} phone={phone} onPhone={setPhone} />
          <GuideSearch onAnswer={(text) => setKnowledgeAnswer({ text })} onChoose={setGuide} onQuery={rememberQuery} />
        </section>

        <section aria-labelledby="desk-order">
          <h2 id="desk-order">新工单</h2>
          <OrderForm answer={knowledgeAnswer} guide={guide} onGuide={setGuide} onOutcome={showOutcome} options={options} phone={phone} />
          <OrderOutcome adminRoute={adminRoute} outcome={outcome} />
          <p>
            <a href={`${adminRoute}/collections/tickets?where[status][equals]=closed&sort=closedAt`}>待回访的工单</a>
          </p>
        </section>
      </div>
    </>
  )
}
