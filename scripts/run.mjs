// Run a TypeScript script from scripts/:
//   node --conditions=production scripts/run.mjs start [args]
//
// The script and everything it imports from this repository (payload.config.ts,
// collections/, cms/) are bundled by esbuild into one plain ES module, which
// Node then runs directly; packages stay external and load as usual. No
// TypeScript loader runs at start-up: tsx's off-thread loader can leave a
// dynamic import unsettled on Node < 24.11 (tsx#806, payload#17757), which
// shows up as a start that silently stops half way.
//
// `--conditions=production` makes Lexical (under Payload's rich-text editor)
// resolve to its plain production build. Its default Node entry picks a build
// with a top-level `await import()`, and that graph of awaiting modules
// intermittently never finishes loading on Node 20, so a script would stop
// silently (exit code 13) before doing anything.
import { build } from 'esbuild'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

if (!process.execArgv.includes('--conditions=production')) {
  console.error('请用 npm 脚本运行（npm start、npm run seed…），或给 node 加上 --conditions=production')
  process.exit(1)
}

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const [name, ...args] = process.argv.slice(2)
if (!name || !/^[a-z][a-z-]*$/.test(name)) {
  console.error('用法：node scripts/run.mjs <脚本名> [参数…]，例如 node scripts/run.mjs start')
  process.exit(1)
}

// One bundle per process: concurrent runs must never read each other's half-written file.
const outfile = path.join(rootDir, 'node_modules', '.cache', 'yizhan-scripts', `${name}-${process.pid}.mjs`)
await build({
  entryPoints: [path.join(rootDir, 'scripts', `${name}.ts`)],
  outfile,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'error',
})

process.setSourceMapsEnabled(true)
process.argv = [process.argv[0], outfile, ...args]
try {
  await import(pathToFileURL(outfile).href)
} finally {
  // Loaded modules stay in memory; the file is no longer needed.
  rmSync(outfile, { force: true })
}
