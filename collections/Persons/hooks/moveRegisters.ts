import type { CollectionAfterChangeHook } from 'payload'

/**
 * A person's register entries carry the person's division path: when the
 * person moves to another community, their entries move with them, so the
 * new community sees them and the old one no longer does.
 */
export const moveRegisters: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || previousDoc?.scope?.community === doc.scope?.community) return doc
  await req.payload.update({
    collection: 'registers',
    where: { person: { equals: doc.id } },
    data: { person: doc.id },
    req,
    depth: 0,
    select: { createdAt: true },
  })
  return doc
}
