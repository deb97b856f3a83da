import type { Endpoint } from 'payload'

import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { ROOT_DIR } from '../../../cms/config/paths'
import { hasRole } from '../../access'
import { RequestError } from '../../errors'
import { handled } from '../../endpoints/respond'
import { POPULATION_ROLES } from '../../population/access'

/** The documented template (content/README.md › Import templates), with two example rows. */
const TEMPLATE_FILE = path.join(ROOT_DIR, 'content', 'templates', 'persons-import-template.csv')

/** `GET /api/persons/import-template`: the import template, for the import screen's download link. */
export const templateEndpoint: Endpoint = {
  path: '/import-template',
  method: 'get',
  handler: handled(async (req) => {
    if (!hasRole(req.user, ...POPULATION_ROLES)) throw new RequestError('FORBIDDEN', '只有人口信息登记员和系统管理员可以导入', 403)
    return new Response(new Uint8Array(await readFile(TEMPLATE_FILE)), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="persons-import-template.csv"',
      },
    })
  }),
}
