import type { Access, CollectionConfig } from 'payload'

import { nobody } from '../access'
import { scopePathField } from '../fields/divisionScope'
import { isResident } from '../Residents/access'
import { ticketReadWhere } from '../Tickets/access'

/**
 * Staff read the follows of the orders they read (the desk by the follow's
 * own path, handlers through the order); a resident reads their own; nobody
 * else anything.
 */
const followReaders: Access = ({ req: { user } }) => (isResident(user) ? { resident: { equals: user.id } } : ticketReadWhere(user, 'ticket.'))

/**
 * A signed-in resident following someone else's open 12345 order instead of
 * filing the same request again ("是否是这些问题？" on 网上12345): one record
 * per order and resident, written only by `POST /api/tickets/follow`. When
 * the order is answered or closed, each follower gets a message
 * (`ticket.followedClosed`) that says so without the reply, and sees the
 * order in 我的 under 我关注的诉求. Deleted when the resident stops
 * following or closes the account.
 */
export const TicketFollowers: CollectionConfig = {
  slug: 'ticket-followers',
  labels: {
    singular: { zh: '诉求关注', en: 'Work order follower' },
    plural: { zh: '诉求关注', en: 'Work order followers' },
  },
  admin: { group: { zh: '热线', en: 'Hotline' }, hidden: true },
  // Following twice is the same follow, also when two requests race.
  indexes: [{ fields: ['ticket', 'resident'], unique: true }],
  access: { read: followReaders, create: nobody, update: nobody, delete: nobody },
  fields: [
    // Found by the order through the unique index above, which starts with it.
    { name: 'ticket', type: 'relationship', relationTo: 'tickets', required: true, label: { zh: '工单', en: 'Work order' }, admin: { readOnly: true } },
    { name: 'resident', type: 'relationship', relationTo: 'residents', required: true, index: true, label: { zh: '居民账号', en: 'Resident account' }, admin: { readOnly: true } },
    scopePathField,
  ],
}
