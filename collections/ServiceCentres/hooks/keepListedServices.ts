import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

/**
 * Set by the content loader, which checks every guide against every centre
 * of the content files before writing: while it writes centres before the
 * guides that name them, the database is briefly between two true states.
 */
export const CENTRES_CHECKED_WITH_GUIDES = 'centresCheckedWithGuides'

/**
 * beforeChange: the guide side of the rule (a guide lists only centres that
 * handle it) checked from the centre's side — a published centre cannot drop
 * a service from 可办理的事项 while a published guide still sends residents
 * there for it. The error names those guides, so the editor knows which to
 * change first.
 */
export const keepListedServices: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const centre = { ...originalDoc, ...data } as { _status?: string; id?: number | string; services?: null | string[] }
  if (centre._status !== 'published' || centre.id === undefined || req.context[CENTRES_CHECKED_WITH_GUIDES]) return data
  const handled = centre.services ?? []
  const { docs } = await req.payload.find({
    collection: 'services',
    where: { and: [{ centres: { in: [centre.id] } }, { _status: { equals: 'published' } }, { code: { not_in: handled } }] },
    depth: 0,
    limit: 20,
    select: { code: true, title: true },
    req,
  })
  if (docs.length === 0) return data
  const guides = docs.map((guide) => `${guide.code} ${guide.title}`).join('、')
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [
        {
          path: 'services',
          label: '可办理的事项',
          message: `无法发布：已发布的办事指南把本中心列为办理地点，但可办理的事项里没有它们：${guides}。请先在这些指南里去掉本中心，或把事项编码加回来`,
        },
      ],
      req,
    },
    req.t,
  )
}
