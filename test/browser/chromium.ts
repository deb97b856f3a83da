import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'

import { ROOT_DIR } from '../../cms/config/paths'

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]

/** CHROME_PATH, a system Chromium, or the browser in Playwright's cache. */
function findChromium(): string | undefined {
  const playwrightCache = (() => {
    try {
      return chromium.executablePath()
    } catch {
      return undefined
    }
  })()
  return [process.env.CHROME_PATH, ...SYSTEM_CHROMIUMS, playwrightCache].find(
    (candidate): candidate is string => Boolean(candidate && existsSync(candidate)),
  )
}

const isRoot = (): boolean => process.getuid?.() === 0
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  execFileSync(command, args, { stdio: 'inherit', env })

/**
 * Install a Chromium when none is found: Debian's or Ubuntu's package when
 * running as root (browser downloads may be blocked, the distribution mirror
 * rarely is), otherwise Playwright's own download.
 */
function installChromium(): void {
  if (isRoot() && existsSync('/usr/bin/apt-get')) {
    // A CJK font too, so pages render Chinese text rather than boxes.
    console.log('未找到 Chromium，正在通过 apt-get 安装 chromium …')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    run('apt-get', ['update', '-qq'], env)
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-wqy-microhei'], env)
    return
  }
  console.log('未找到 Chromium，正在下载 Playwright 的 Chromium …')
  run(process.execPath, [path.join(ROOT_DIR, 'node_modules', 'playwright-core', 'cli.js'), 'install', 'chromium'])
}

export function chromiumPath(): string {
  const found = findChromium()
  if (found) return found
  installChromium()
  const installed = findChromium()
  if (!installed) throw new Error('无法找到或安装 Chromium；请设置 CHROME_PATH')
  return installed
}

/** Flags for a headless Chromium on a CI machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
