import type { CollectionSlug, Endpoint, FlattenedField } from 'payload'

import { writeAudit } from '../AuditLog/record'
import { RequestError } from '../errors'
import { handled } from '../endpoints/respond'
import { mayViewFull } from './access'
import { fieldLabel } from './auditHooks'
import { valueAt } from './personalField'
import { personalAnswers } from './answers'

type PersonalFieldPath = { answers?: boolean; label: string; path: string }
type RevealedValue = { label: string; path: string; value: unknown }

/** The personal fields among a collection's fields (groups included, as dotted paths), with their labels. */
function personalFieldPaths(fields: FlattenedField[], prefix = ''): PersonalFieldPath[] {
  return fields.flatMap((field): PersonalFieldPath[] => {
    if (field.type === 'group') return personalFieldPaths(field.flattenedFields, `${prefix}${field.name}.`)
    const path = `${prefix}${field.name}`
    if (field.custom?.personalAnswers) return [{ path, label: fieldLabel(field), answers: true }]
    // A value masked in lists only is shown in full on the record's own page already.
    return field.custom?.personal && !field.custom.maskedInListsOnly ? [{ path, label: fieldLabel(field) }] : []
  })
}

/** A personal field's stored value; answers give one entry per answer holding a personal value. */
function revealedValues(stored: Record<string, unknown>, { answers, label, path }: PersonalFieldPath): RevealedValue[] {
  const value = valueAt(stored, path.split('.'))
  if (!answers) return [{ label, path, value: value ?? null }]
  return personalAnswers(value).map(([name, answer]) => ({ label: `${label}（${name}）`, path: `${path}.${name}`, value: answer }))
}

/**
 * `POST /api/<collection>/:id/reveal`: the full ID number, phone and
 * addresses of one record, for staff allowed to see them and only within
 * their scope; every view is written to the audit log before it is answered.
 */
export function revealEndpoint(collection: CollectionSlug, summarize: (doc: Record<string, unknown>) => string): Endpoint {
  return {
    path: '/:id/reveal',
    method: 'post',
    handler: handled(async (req) => {
      if (!mayViewFull(req.user)) {
        throw new RequestError('VIEW_FULL_NOT_ALLOWED', '您的账号没有查看完整个人信息的权限，请联系系统管理员', 403)
      }
      const id = String(req.routeParams?.id ?? '')
      const { docs } = await req.payload.find({
        collection,
        where: { id: { equals: id } },
        user: req.user,
        overrideAccess: false,
        depth: 0,
        limit: 1,
        pagination: false,
      })
      if (!docs[0]) throw new RequestError('NOT_FOUND', '没有找到这条记录，或它不在您负责的辖区内', 404)
      const stored = (await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, showHiddenFields: true, req })) as unknown as Record<string, unknown>
      const fields = personalFieldPaths(req.payload.collections[collection].config.flattenedFields).flatMap((field) => revealedValues(stored, field))
      await writeAudit(req, {
        action: 'view-full',
        targetCollection: collection,
        targetId: id,
        summary: summarize(stored),
        detail: `查看了完整的${fields.map((field) => field.label).join('、')}`,
        scope: stored.scope as never,
      })
      return Response.json({ fields }, { headers: { 'Cache-Control': 'no-store' } })
    }),
  }
}
