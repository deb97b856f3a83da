// `npm test`: typecheck, lint and the import-circle check run beside the CMS
// build the browser tests need (each of the two mostly keeps one core busy on
// a two-core machine), then the unit, integration and browser tests in turn.
// Stops at the first failure with its exit code.
import { spawn } from 'node:child_process'

const npmRun = (script) =>
  new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit' })
    child.on('exit', (code, signal) => resolve({ script, code: code ?? (signal ? 1 : 0) }))
  })

const inTurn = async (scripts) => {
  for (const script of scripts) {
    const outcome = await npmRun(script)
    if (outcome.code !== 0) return outcome
  }
  return { code: 0 }
}

const failed = (outcomes) => outcomes.find((outcome) => outcome.code !== 0)

const first = failed(await Promise.all([inTurn(['typecheck', 'lint', 'check:imports']), npmRun('build')]))
const last = first ?? (await inTurn(['test:unit', 'test:integration', 'test:browser']))
if (last.code !== 0) {
  console.error(`npm test: ${last.script} failed`)
  process.exit(last.code)
}
