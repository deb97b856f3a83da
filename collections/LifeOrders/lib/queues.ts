import type { Queue } from '../../casework/queues'

/**
 * The desk's order queues: those still looking for a provider, those being
 * served, phone orders done and waiting for the call-back (网上预约 are rated
 * by the resident), and the finished ones.
 */
export function lifeOrderQueues(): Queue[] {
  return [
    { key: 'unplaced', label: '待派单/待接单', where: { status: { in: ['waiting', 'offered'] } }, sort: 'date' },
    { key: 'serving', label: '进行中', where: { status: { in: ['accepted', 'scheduled'] } }, sort: 'date' },
    { key: 'callBack', label: '待回访', where: { and: [{ channel: { equals: 'phone' } }, { status: { equals: 'done' } }] }, sort: 'doneAt', alert: true },
    { key: 'finished', label: '已完成', where: { status: { in: ['confirmed', 'rated'] } }, sort: '-doneAt' },
  ]
}
