import type { Endpoint } from 'payload'

/**
 * `GET /api/health`: 200 when the server can reach its database, 503 when it
 * cannot. For load balancers, monitoring and the start script.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    try {
      await req.payload.count({ collection: 'divisions' })
      return Response.json({ status: 'ok', database: req.payload.db.name })
    } catch {
      return Response.json(
        { status: 'unavailable', code: 'DATABASE_UNAVAILABLE', message: '数据库暂时无法访问' },
        { status: 503 },
      )
    }
  },
}
