import * as pagefind from 'pagefind'
import { readdir } from 'node:fs/promises'
import path from 'node:path'

/**
 * Index the exported guides with Pagefind (its extended build, which
 * segments Chinese) into <export>/pagefind/. Only guide pages declare
 * data-pagefind-body, so only guides are indexed. Returns how many pages
 * are searchable.
 */
export async function writeSearchIndex(exportDir: string): Promise<number> {
  const { errors: createErrors, index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' })
  try {
    if (!index) throw new Error(`Pagefind 无法启动：${createErrors.join('；')}`)
    const added = await index.addDirectory({ path: exportDir })
    if (added.errors.length) throw new Error(`Pagefind 建立索引失败：${added.errors.join('；')}`)
    const written = await index.writeFiles({ outputPath: path.join(exportDir, 'pagefind') })
    if (written.errors.length) throw new Error(`Pagefind 写入索引失败：${written.errors.join('；')}`)
    // One fragment per indexed page: the guides (other pages are read, not indexed).
    return (await readdir(path.join(exportDir, 'pagefind', 'fragment'))).length
  } finally {
    await pagefind.close()
  }
}
