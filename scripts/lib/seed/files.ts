import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { load as parseYaml } from 'js-yaml'
import type { z } from 'zod'

/** One problem found in a content file: which file, which field, and why. */
export type ContentProblem = { field: string; file: string; reason: string }

export class ContentValidationError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      [
        `内容校验未通过，共 ${problems.length} 处问题，数据库未做任何修改：`,
        ...problems.map((p) => `  ${p.file} › ${p.field}：${p.reason}`),
      ].join('\n'),
    )
    this.name = 'ContentValidationError'
  }
}

type Source = { data: unknown; file: string }

/** The YAML files of one content folder, sorted by name. */
export async function listYamlFiles(dir: string, problems: ContentProblem[]): Promise<string[]> {
  try {
    const names = (await readdir(dir)).filter((file) => /\.ya?ml$/.test(file)).sort()
    return names.map((name) => path.join(dir, name))
  } catch {
    problems.push({ file: dir, field: '(文件夹)', reason: '找不到内容文件夹' })
    return []
  }
}

export async function readYamlFiles(dir: string, problems: ContentProblem[]): Promise<Source[]> {
  const files = await listYamlFiles(dir, problems)
  return Promise.all(files.map((file) => readYaml(file, problems)))
}

export async function readYaml(file: string, problems: ContentProblem[]): Promise<Source> {
  try {
    return { file, data: parseYaml(await readFile(file, 'utf8')) }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    problems.push({ file, field: '(文件)', reason: `无法读取或不是有效的 YAML：${reason}` })
    return { file, data: undefined }
  }
}

export function check<T>(schema: z.ZodType<T>, source: Source, problems: ContentProblem[]): T | undefined {
  if (source.data === undefined) return undefined
  const result = schema.safeParse(source.data)
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    problems.push({
      file: source.file,
      field: issue.path.length ? issue.path.join('.') : '(整个文件)',
      reason: issue.message,
    })
  }
  return undefined
}

