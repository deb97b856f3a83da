import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { type CentreHandling, centreProblems, elementLabel, type GuideDraft, guideProblems } from '../completeness'

/** Where the admin shows an element's error: groups show it on their first input. */
const FIELD_FOR_ELEMENT: Record<string, string> = {
  link: 'link.url',
  audience: 'audience.person',
  handlingForms: 'handlingForms.window',
}

/**
 * The admin's path for a problem's field: one relationship input holds every
 * centre, and a condition's words are its `text`; the content files' paths
 * (centres.2, conditions.0) stay as the problem names them.
 */
const adminPath = (field: string): string =>
  FIELD_FOR_ELEMENT[field] ?? field.replace(/^centres\.\d+$/, 'centres').replace(/^(conditions\.\d+)$/, '$1.text')

const idOf = (value: unknown): string =>
  typeof value === 'object' && value !== null ? String((value as { id: unknown }).id) : String(value)

/** The listed centres, in the guide's order, with the services each handles. */
async function listedCentres(centres: unknown[] | null | undefined, req: PayloadRequest) {
  const ids = (centres ?? []).map(idOf)
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'service-centres',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: { name: true, services: true },
    req,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc as CentreHandling]))
  return ids.map((id) => byId.get(id))
}

/**
 * beforeChange: drafts may be incomplete, but a guide is published only when
 * every element is there and its words agree with its model. The error names
 * each element, in the admin beside the field and in the API response.
 */
export const requireCompleteGuide: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const guide = { ...originalDoc, ...data } as GuideDraft & { _status?: string }
  if (guide._status !== 'published') return data
  const problems = [
    ...guideProblems(guide),
    ...centreProblems(String(guide.code), await listedCentres(guide.centres, req)),
  ]
  if (problems.length === 0) return data
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: problems.map(({ field, reason }) => ({
        path: adminPath(field),
        label: elementLabel(field),
        message: `无法发布：${reason}`,
      })),
      req,
    },
    req.t,
  )
}
