import type { CollectionAfterChangeHook } from 'payload'

/**
 * afterChange: when a division is renamed, re-save its children so their full
 * names follow (each child's own hook then carries the change further down).
 */
export const renameDescendants: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || previousDoc?.fullName === doc.fullName) return doc

  const { docs: children } = await req.payload.find({
    collection: 'divisions',
    where: { parent: { equals: doc.id } },
    depth: 0,
    pagination: false,
    req,
  })
  for (const child of children) {
    await req.payload.update({
      collection: 'divisions',
      id: child.id,
      data: { name: child.name },
      depth: 0,
      req,
    })
  }
  return doc
}
