import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { elementLabel, type GuideDraft, guideProblems } from '../completeness'

/** Where the admin shows an element's error: groups show it on their first input. */
const FIELD_FOR_ELEMENT: Record<string, string> = {
  link: 'link.url',
  audience: 'audience.person',
  handlingForms: 'handlingForms.window',
}

/**
 * beforeChange: drafts may be incomplete, but a guide is published only when
 * every element is there. The error names each missing element, in the admin
 * beside the field and in the API response.
 */
export const requireCompleteGuide: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const guide = { ...originalDoc, ...data } as GuideDraft & { _status?: string }
  if (guide._status !== 'published') return data
  const problems = guideProblems(guide)
  if (problems.length === 0) return data
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: problems.map(({ field, reason }) => ({
        path: FIELD_FOR_ELEMENT[field] ?? field,
        label: elementLabel(field),
        message: `无法发布：${reason}`,
      })),
      req,
    },
    req.t,
  )
}
