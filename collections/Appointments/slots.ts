import type { CollectionConfig } from 'payload'

import { activeStaff, nobody } from '../access'

/**
 * Seats taken per slot: one row per centre, seat pool, date and time,
 * created at the slot's first booking. A booking takes a seat with one
 * conditional update (`booked < capacity`), so concurrent bookings in any
 * number of server processes never take more seats than the slot has.
 */
export const AppointmentSlots: CollectionConfig = {
  slug: 'appointment-slots',
  labels: { singular: { zh: '号源占用', en: 'Slot seats' }, plural: { zh: '号源占用', en: 'Slot seats' } },
  admin: { hidden: true, useAsTitle: 'key' },
  access: { read: activeStaff, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, label: { zh: '号源', en: 'Slot' } },
    { name: 'booked', type: 'number', required: true, defaultValue: 0, min: 0, label: { zh: '已约人数', en: 'Booked' } },
  ],
}
