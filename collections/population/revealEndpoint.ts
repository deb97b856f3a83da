import type { CollectionSlug, Endpoint, Field } from 'payload'

import { writeAudit } from '../AuditLog/record'
import { RequestError } from '../errors'
import { mayViewFull } from './access'
import { fieldLabel } from './auditHooks'

type PersonalFieldPath = { label: string; path: string }

/** The personal fields among `fields` (groups included, as dotted paths), with their labels. */
export function personalFieldPaths(fields: Field[], prefix = ''): PersonalFieldPath[] {
  return fields.flatMap((field): PersonalFieldPath[] => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => personalFieldPaths(tab.fields, prefix))
    if (!('name' in field)) return 'fields' in field ? personalFieldPaths(field.fields, prefix) : []
    if (field.type === 'group') return personalFieldPaths(field.fields, `${prefix}${field.name}.`)
    return field.custom?.personal ? [{ path: `${prefix}${field.name}`, label: fieldLabel(field) }] : []
  })
}

const valueAt = (doc: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc)

/**
 * `POST /api/<collection>/:id/reveal`: the full ID number, phone and
 * addresses of one record, for staff allowed to see them and only within
 * their scope; every view is written to the audit log before it is answered.
 */
export function revealEndpoint(collection: CollectionSlug, summarize: (doc: Record<string, unknown>) => string): Endpoint {
  return {
    path: '/:id/reveal',
    method: 'post',
    handler: async (req) => {
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
      const fields = personalFieldPaths(req.payload.collections[collection].config.fields).map((field) => ({
        ...field,
        value: valueAt(stored, field.path) ?? null,
      }))
      await writeAudit(req, {
        action: 'view-full',
        targetCollection: collection,
        targetId: id,
        summary: summarize(stored),
        detail: `查看了完整的${fields.map((field) => field.label).join('、')}`,
        scope: stored.scope as never,
      })
      return Response.json({ fields }, { headers: { 'Cache-Control': 'no-store' } })
    },
  }
}
