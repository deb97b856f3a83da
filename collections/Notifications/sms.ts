/**
 * How text messages leave the platform. A city plugs in its SMS gateway by
 * giving `smsAdapter` a `send`; without one, messages stay in the
 * `notifications` outbox with status `outbox`, where staff can read them and
 * a gateway can collect them through the REST API. `send` may answer the
 * gateway's id for the message: its delivery report
 * (`POST /api/notifications/delivery-report`) can then name it by that id.
 */
type SmsAdapter = {
  name: string
  send?: (to: string, text: string) => Promise<null | string | undefined | void>
}

export const smsAdapter: SmsAdapter = { name: 'outbox' }
