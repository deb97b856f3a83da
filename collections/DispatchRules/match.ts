import { DIVISION_LEVELS, type DivisionLevel } from '../Divisions/code'
import { type Relation, relationId } from '../relations'

/**
 * Which dispatch rule fits an order, as pure functions (the server loads the
 * candidate rules; tests read the order of precedence here).
 *
 * A rule fits when every criterion it sets fits: its service is the order's
 * guide, its topic the order's topic (or its guide's), one of its keywords
 * is in the summary or content; and the order lies in the rule's division
 * or below it. Among fitting rules the most specific wins, in this order:
 *
 * 1. the kind of criterion: a service beats a topic beats keywords alone;
 * 2. the division: a community's rule beats its street's, then district's, then city's;
 * 3. the older rule (created first), then the smaller id: the answer never depends on the database's row order.
 */

/** What a rule matches on, read from its record. */
export type RuleCriteria = {
  createdAt: string
  divisionLevel: DivisionLevel
  id: number | string
  keywords?: null | string
  service?: Relation
  topic?: Relation
}

/** What the order says about itself. */
export type OrderFacts = { service?: Relation; text: string; topic?: Relation }

/** Keywords are typed separated by 、 ， , ； ; or spaces. */
export const parseKeywords = (keywords: null | string | undefined): string[] =>
  (keywords ?? '')
    .split(/[\s、，,；;]+/u)
    .map((word) => word.trim())
    .filter(Boolean)

const same = (a: Relation, b: Relation): boolean => relationId(a) != null && String(relationId(a)) === String(relationId(b))

/** Whether every criterion the rule sets fits the order (a rule with none fits nothing). */
export function ruleFits(rule: RuleCriteria, order: OrderFacts): boolean {
  const keywords = parseKeywords(rule.keywords)
  if (!rule.service && !rule.topic && !keywords.length) return false
  if (rule.service && !same(rule.service, order.service)) return false
  if (rule.topic && !same(rule.topic, order.topic)) return false
  return !keywords.length || keywords.some((word) => order.text.includes(word))
}

/** 3 for a service, 2 for a topic, 1 for keywords alone. */
const criterionRank = (rule: RuleCriteria): number => (rule.service ? 3 : rule.topic ? 2 : 1)

/** Negative when `a` is more specific than `b` (sorts first). */
export function bySpecificity(a: RuleCriteria, b: RuleCriteria): number {
  return (
    criterionRank(b) - criterionRank(a) ||
    DIVISION_LEVELS.indexOf(b.divisionLevel) - DIVISION_LEVELS.indexOf(a.divisionLevel) ||
    a.createdAt.localeCompare(b.createdAt) ||
    String(a.id).localeCompare(String(b.id), 'en', { numeric: true })
  )
}

/** The most specific of the rules that fit the order, or null. */
export function bestRule<Rule extends RuleCriteria>(rules: readonly Rule[], order: OrderFacts): null | Rule {
  return rules.filter((rule) => ruleFits(rule, order)).sort(bySpecificity)[0] ?? null
}
