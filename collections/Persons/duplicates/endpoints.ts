import type { Endpoint, PayloadRequest } from 'payload'

import { assertWellFormed, readBody, textField } from '../../endpoints/readBody'
import { RequestError } from '../../errors'
import { handled } from '../../endpoints/respond'
import { assertMayWrite } from '../../population/access'
import { relationId } from '../../relations'
import { candidatesFor, groupMembers } from './group'
import { mergePersons } from './merge'

const noStore = { headers: { 'Cache-Control': 'no-store' } }

/** The person at `:id` as the signed-in user may see it (masked), or 404. */
async function visiblePerson(req: PayloadRequest) {
  const { docs } = await req.payload.find({
    collection: 'persons',
    where: { id: { equals: String(req.routeParams?.id ?? '') } },
    user: req.user,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    pagination: false,
  })
  if (!docs[0]) throw new RequestError('NOT_FOUND', '没有找到这条人员记录，或它不在您负责的辖区内', 404)
  return docs[0]
}

/** The id named by `field` in a JSON body. */
async function otherId(req: PayloadRequest, field: string): Promise<string> {
  const body = await readBody(req)
  const errors: Parameters<typeof textField>[2] = []
  const id = textField(body.fields, field, errors, 40)
  assertWellFormed(errors)
  if (!id) throw new RequestError('MISSING_FIELD', `请说明是哪一条记录（${field}）`, 400)
  return id
}

/**
 * `GET /api/persons/:id/duplicates`: the records that may be the same person
 * (same name and birth date, not confirmed different) — those in the
 * reader's scope, masked as everywhere, and how many lie outside it.
 */
const listDuplicates: Endpoint = {
  path: '/:id/duplicates',
  method: 'get',
  handler: handled(async (req) => {
    const person = await visiblePerson(req)
    const candidates = candidatesFor(person, await groupMembers(req, person.name, person.birthDate))
    const { docs } = candidates.length
      ? await req.payload.find({
          collection: 'persons',
          where: { id: { in: candidates.map((each) => each.id) } },
          user: req.user,
          overrideAccess: false,
          depth: 1,
          pagination: false,
          sort: 'createdAt',
          select: { name: true, idNumber: true, sex: true, birthDate: true, status: true, division: true, residenceAddress: true, createdAt: true },
        })
      : { docs: [] }
    const inScope = docs.map((doc) => ({
      id: doc.id,
      name: doc.name,
      idNumber: doc.idNumber,
      birthDate: doc.birthDate,
      status: doc.status,
      residenceAddress: doc.residenceAddress ?? null,
      division: typeof doc.division === 'object' && doc.division ? doc.division.name : null,
      createdAt: doc.createdAt,
    }))
    return Response.json({ candidates: inScope, outsideScope: candidates.length - inScope.length }, noStore)
  }),
}

/** `POST /api/persons/:id/merge` with `{ duplicate }`: merge that record into this one (merge.ts). */
const mergeDuplicate: Endpoint = {
  path: '/:id/merge',
  method: 'post',
  handler: handled(async (req) => {
    const person = await visiblePerson(req)
    await mergePersons(req, String(person.id), await otherId(req, 'duplicate'))
    return Response.json({ id: person.id, merged: true }, noStore)
  }),
}

/**
 * `POST /api/persons/:id/distinct` with `{ other }`: staff checked and these
 * are two people; recorded on this record (an audited edit), and neither is
 * flagged for the other any more.
 */
const markDistinct: Endpoint = {
  path: '/:id/distinct',
  method: 'post',
  handler: handled(async (req) => {
    const person = await visiblePerson(req)
    const other = await otherId(req, 'other')
    const group = await groupMembers(req, person.name, person.birthDate)
    if (!group.some((member) => String(member.id) === other) || other === String(person.id)) {
      throw new RequestError('NOT_NEAR_DUPLICATES', '只能对姓名和出生日期都相同的另一条记录确认“不是同一人”', 422)
    }
    assertMayWrite(req, 'persons', person)
    const distinctFrom = [...(person.distinctFrom ?? []).map((each) => String(relationId(each))), other]
    await req.payload.update({ collection: 'persons', id: person.id, data: { distinctFrom }, user: req.user, overrideAccess: false, depth: 0, req })
    return Response.json({ id: person.id, distinctFrom: other }, noStore)
  }),
}

export const duplicateEndpoints: Endpoint[] = [listDuplicates, mergeDuplicate, markDistinct]
