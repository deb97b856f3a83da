import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { dump, load } from 'js-yaml'

import { CONTENT_DIR } from './seed'

/** Synthetic codes start here, clear of the real catalogue's stage codes 01–16. */
const FIRST_CODE = 900000

/**
 * Write a synthetic content folder with `count` services, for benchmarks: a
 * copy of content/ whose services are variations of the real guides (new
 * codes and titles, the same web of related services), so every file
 * passes the same validation as the real ones.
 */
export function generateCatalogue(count: number, targetDir: string): void {
  rmSync(targetDir, { recursive: true, force: true })
  cpSync(CONTENT_DIR, targetDir, { recursive: true })
  const servicesDir = path.join(targetDir, 'services')
  const templates = readdirSync(servicesDir)
    .sort()
    .map((file) => load(readFileSync(path.join(servicesDir, file), 'utf8')) as Record<string, unknown>)
  if (templates.length === 0) throw new Error('content/services 中没有可用作模板的事项')
  rmSync(servicesDir, { recursive: true })
  mkdirSync(servicesDir)
  // Bundles name real services, which the synthetic folder replaces.
  rmSync(path.join(targetDir, 'bundles'), { recursive: true, force: true })
  mkdirSync(path.join(targetDir, 'bundles'))

  // Each copy of the real catalogue keeps its own web of related services.
  const templateIndex = new Map(templates.map((template, index) => [String(template.code), index]))
  const codeOf = (index: number) => String(FIRST_CODE + index)
  // Each centre handles the copies of the guides it handles.
  const handledBy = new Map<string, string[]>()
  for (let index = 0; index < count; index += 1) {
    const template = templates[index % templates.length] as Record<string, unknown>
    const copyStart = index - (index % templates.length)
    const related = ((template.related as string[] | undefined) ?? [])
      .map((code) => copyStart + (templateIndex.get(code) ?? -1))
      .filter((n) => n >= copyStart && n < count)
      .map(codeOf)
    const service = {
      ...template,
      code: codeOf(index),
      title: `${String(template.title)}（样本 ${index + 1}）`,
      related,
    }
    writeFileSync(path.join(servicesDir, `${service.code}.yaml`), dump(service))
    for (const centre of template.centres as string[]) handledBy.set(centre, [...(handledBy.get(centre) ?? []), service.code])
  }
  writeCentreServices(path.join(targetDir, 'service-centres'), handledBy)
}

/** Replace each centre file's list of services it handles. */
function writeCentreServices(centresDir: string, handledBy: Map<string, string[]>): void {
  for (const file of readdirSync(centresDir)) {
    const centre = load(readFileSync(path.join(centresDir, file), 'utf8')) as Record<string, unknown>
    writeFileSync(path.join(centresDir, file), dump({ ...centre, services: handledBy.get(String(centre.code)) ?? [] }))
  }
}
