'use client'

import { type FormEvent, useEffect, useRef, useState } from 'react'

import { refusalIn } from './refusal'

/** Check a file (nothing written), or import it (the server checks it again and writes it in one transaction). */
export type ImportMode = 'check' | 'commit'

/** Where one round trip left the form: the endpoint's report when it sent one, and the words to show. */
export type ImportOutcome<Report> = { kind: 'checked' | 'failed' | 'imported' | 'invalid'; message?: string; report?: Report }

/** Send `file` to an import endpoint; a body carrying a `problems` list is the endpoint's report (also beside a refusal about the rows). */
async function sendImport<Report extends { problems: unknown[] }>(url: string, file: File, mode: ImportMode): Promise<ImportOutcome<Report>> {
  const form = new FormData()
  form.set('file', file)
  form.set('mode', mode)
  const response = await fetch(url, { method: 'POST', body: form, credentials: 'include' }).catch(() => null)
  const body = (await response?.json().catch(() => null)) as null | Partial<Report>
  if (!response || !body) return { kind: 'failed', message: '没有连上服务器，请稍后再试' }
  const report = Array.isArray(body.problems) ? (body as Report) : undefined
  if (response.ok && report) return { kind: mode === 'commit' ? 'imported' : 'checked', report }
  const { message } = refusalIn(body, '导入没有成功，请稍后再试')
  return report ? { kind: 'invalid', report, message } : { kind: 'failed', message }
}

/**
 * What the admin's import forms share (persons, sensitive words): the chosen
 * file, the step running, and the last outcome, which receives focus when it
 * comes so a screen reader announces it.
 */
export function useFileImport<Report extends { problems: unknown[] }>(url: string) {
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState<'' | ImportMode>('')
  const [outcome, setOutcome] = useState<null | ImportOutcome<Report>>(null)
  const result = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (outcome) result.current?.focus()
  }, [outcome])

  async function run(mode: ImportMode) {
    if (!file) {
      setOutcome({ kind: 'failed', message: '请先选择要导入的文件' })
      return
    }
    setBusy(mode)
    setOutcome(null)
    setOutcome(await sendImport<Report>(url, file, mode))
    setBusy('')
  }

  function check(event: FormEvent) {
    event.preventDefault()
    void run('check')
  }

  /** Another file: the outcome of the last one no longer applies. */
  function choose(chosen: File | null) {
    setFile(chosen)
    setOutcome(null)
  }

  return { busy, check, choose, outcome, result, run }
}
