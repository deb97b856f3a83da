import { cp, rename, rm } from 'node:fs/promises'

/** Move a folder, copying when it must cross file systems (a portal folder under /tmp, say). */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await cp(from, to, { recursive: true })
    await rm(from, { recursive: true, force: true })
  }
}

/**
 * Replace the served portal with the new one: the new build is first moved
 * next to the old, then two renames swap them; the old copy is removed last.
 */
export async function swapIn(stagingDir: string, outDir: string): Promise<void> {
  const incomingDir = `${outDir}.incoming-${process.pid}`
  const oldDir = `${outDir}.old-${process.pid}`
  await rm(incomingDir, { recursive: true, force: true })
  await move(stagingDir, incomingDir)
  await rm(oldDir, { recursive: true, force: true })
  await rename(outDir, oldDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
  })
  await rename(incomingDir, outDir)
  await rm(oldDir, { recursive: true, force: true })
}
