/**
 * One server process of `npm start` (scripts/lib/serverWorkers.ts forks
 * several): Next.js's request handler for the CMS (admin, API, portal) behind
 * the edge checks of cms/server/edge.ts, listening on the shared port.
 *   node --conditions=production scripts/run.mjs serve --port 3000 [--hostname 0.0.0.0]
 */
import http from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'

import next from 'next'

import { ROOT_DIR } from '../cms/config/paths'
import { createEdge } from '../cms/server/edge'
import { exitWithError } from './lib/cli'

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, hostname: { type: 'string' } } })
  const port = Number(values.port)
  const edge = createEdge()
  // Built with webpack (scripts/lib/cmsBuild.ts). Named here, or Next.js sets TURBOPACK=auto in this
  // process's environment, and the portal rebuild's `next build --webpack` refuses the mix.
  const app = next({ dev: false, webpack: true, dir: path.join(ROOT_DIR, 'cms'), hostname: values.hostname ?? 'localhost', port })
  const handle = app.getRequestHandler()
  await app.prepare()
  const server = http.createServer((req, res) => {
    if (edge(req, res)) return
    // Next.js answers its own failures; what still escapes it (a request whose
    // body was cut off and already refused) has nobody left to answer.
    handle(req, res).catch(() => res.destroy())
  })
  server.listen(port, values.hostname)
}

main().catch(exitWithError)
