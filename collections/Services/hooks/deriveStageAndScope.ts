import type { CollectionBeforeChangeHook, CollectionSlug, DataFromCollectionSlug, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { SCOPE_FIELD } from '../../access'
import { assertWritableScope } from '../../fields/divisionScope'
import { type Relation, relationId } from '../../relations'


/**
 * Look a related document up once per request: a seed or an import saves
 * hundreds of guides in one request, mostly in the same few topics.
 */
async function findById<S extends CollectionSlug>(
  req: PayloadRequest,
  collection: S,
  id: Relation,
): Promise<DataFromCollectionSlug<S> | undefined> {
  const value = relationId(id)
  if (!value) return undefined
  const cache = (req.context.catalogueLookups ??= new Map()) as Map<string, unknown>
  const key = `${collection}:${value}`
  if (!cache.has(key)) cache.set(key, await lookUp(req, collection, value))
  return cache.get(key) as DataFromCollectionSlug<S> | undefined
}

async function lookUp(req: PayloadRequest, collection: CollectionSlug, value: number | string) {
  const { docs } = await req.payload.find({
    collection,
    where: { id: { equals: value } },
    depth: 0,
    limit: 1,
    pagination: false,
    // Drafts count: a guide may sit in a topic that is not published yet.
    draft: true,
    req,
  })
  return docs[0]
}

/**
 * beforeChange: a guide's life stage follows its topic, and its scope follows
 * its handling department, so editors filter by stage and district editors
 * keep their own departments' guides without entering either by hand.
 */
export const deriveStageAndScope: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const problems: { message: string; path: string }[] = []
  const topicRef = data.topic ?? originalDoc?.topic
  const departmentRef = data.department ?? originalDoc?.department
  const topic = topicRef ? await findById(req, 'topics', topicRef) : undefined
  const department = departmentRef ? await findById(req, 'departments', departmentRef) : undefined
  if (topicRef && !topic) problems.push({ path: 'topic', message: '请选择一个存在的主题' })
  if (departmentRef && !department) problems.push({ path: 'department', message: '请选择一个存在的部门' })
  if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems, req }, req.t)

  const derived: Record<string, unknown> = {}
  if (topic) derived.stage = relationId(topic.stage as Relation)
  if (department?.scope) {
    assertWritableScope(req, department.scope)
    derived[SCOPE_FIELD] = department.scope
  }
  return { ...data, ...derived }
}
