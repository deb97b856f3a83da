import { expect } from 'vitest'

import { baseUrl, staffHeaders } from './browser'

/** A work order in the 纬五路 community that its agent answered directly with `reply`, created over REST; its id. */
export async function answeredOrder(order: Record<string, unknown>, reply: string): Promise<string> {
  const headers = { ...(await staffHeaders('agent-community')), 'Content-Type': 'application/json' }
  const divisions = (await (await fetch(`${baseUrl()}/api/divisions?where[code][equals]=410105001001&depth=0`, { headers })).json()) as { docs: { id: string }[] }
  const created = await fetch(`${baseUrl()}/api/tickets`, { method: 'POST', headers, body: JSON.stringify({ channel: 'phone', ...order, division: divisions.docs[0]!.id }) })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: string } }
  const answered = await fetch(`${baseUrl()}/api/tickets/${doc.id}/actions`, { method: 'POST', headers, body: JSON.stringify({ action: 'answerDirectly', note: reply }) })
  expect(answered.status).toBe(200)
  return doc.id
}
