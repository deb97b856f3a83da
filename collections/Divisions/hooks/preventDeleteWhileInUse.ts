import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

import { RequestError } from '../../errors'

/**
 * beforeDelete: a division with children, or one that records still belong
 * to, cannot be removed; deleting it would orphan their scope.
 */
export const preventDeleteWhileInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const children = await req.payload.count({
    collection: 'divisions',
    where: { parent: { equals: id } },
    req,
  })
  if (children.totalDocs > 0) {
    throw new RequestError(
      'DIVISION_HAS_CHILDREN',
      `该区划下还有 ${children.totalDocs} 个下级区划，不能删除`,
      409,
    )
  }

  for (const collection of collectionsScopedByDivision(req.payload.config.collections)) {
    const { totalDocs } = await req.payload.count({
      collection,
      where: { division: { equals: id } },
      req,
    })
    if (totalDocs > 0) {
      throw new RequestError('DIVISION_IN_USE', `还有 ${totalDocs} 条记录属于该区划，不能删除`, 409, {
        collection,
      })
    }
  }
}

type CollectionWithFields = {
  fields: readonly { name?: string; relationTo?: unknown; type: string }[]
  slug: string
}

/** Every collection whose documents point at a division through a `division` field. */
function collectionsScopedByDivision(collections: readonly CollectionWithFields[]): CollectionSlug[] {
  return collections
    .filter((collection) =>
      collection.fields.some(
        (field) =>
          field.name === 'division' &&
          field.type === 'relationship' &&
          field.relationTo === 'divisions',
      ),
    )
    .map((collection) => collection.slug as CollectionSlug)
}
