import type { ReactNode } from 'react'

import { DATE_PART_LABELS, DATE_PARTS } from '../../../collections/Applications/form/dateParts'
import { errorId, fieldId, hintId, optionId } from '../../lib/forms'

/**
 * GOV.UK-style form parts. Each question sits in a `.form-group` named by
 * its field path (`data-field="applicant.name"`), with its label, an
 * optional hint and an empty error slot; the browser scripts fill the slot,
 * mark the control `aria-invalid` and add the error to its
 * `aria-describedby` (site/client/formErrors.ts).
 */

type Question = {
  /** The field path the validator uses: applicant.name, answers.childName, uploads.0. */
  field: string
  hint?: null | string
  label: string
  optional?: boolean
}

/** The value a control starts with: a form the server renders again already filled in (reuse without JavaScript). */
type Filled = { defaultValue?: null | string }

function LabelText({ label, optional }: { label: string; optional?: boolean }) {
  return (
    <>
      {label}
      {optional && <span className="optional">（选填）</span>}
    </>
  )
}

export function Hint({ field, hint }: { field: string; hint?: null | string }) {
  return hint ? (
    <p className="hint" id={hintId(field)}>
      {hint}
    </p>
  ) : null
}

/** Where the error message goes; empty and hidden until there is one. */
export function ErrorSlot({ field }: { field: string }) {
  return <p className="field-error" id={errorId(field)} hidden />
}

const describedBy = (field: string, hint?: null | string): string | undefined => (hint ? hintId(field) : undefined)

function Group({ children, field }: { children: ReactNode; field: string }) {
  return (
    <div className="form-group" data-field={field}>
      {children}
    </div>
  )
}

type InputProps = Question & Filled & {
  autoComplete?: string
  inputMode?: 'decimal' | 'email' | 'numeric' | 'tel' | 'text'
  spellCheck?: boolean
  type?: 'date' | 'email' | 'tel' | 'text'
  /** Roughly how many characters the answer needs, so the box looks the right size. */
  width?: 'full' | 10 | 20 | 5
}

export function TextInput({
  autoComplete,
  defaultValue,
  field,
  hint,
  inputMode,
  label,
  optional,
  spellCheck,
  type = 'text',
  width = 'full',
}: InputProps) {
  const id = fieldId(field)
  return (
    <Group field={field}>
      <label className="label" htmlFor={id}>
        <LabelText label={label} optional={optional} />
      </label>
      <Hint field={field} hint={hint} />
      <ErrorSlot field={field} />
      <input
        className={`input input--width-${width}`}
        id={id}
        name={field}
        type={type}
        defaultValue={defaultValue ?? undefined}
        autoComplete={autoComplete ?? 'off'}
        inputMode={inputMode}
        spellCheck={spellCheck}
        aria-describedby={describedBy(field, hint)}
      />
    </Group>
  )
}

export function TextArea({ defaultValue, field, hint, label, optional, rows = 5 }: Question & Filled & { rows?: number }) {
  const id = fieldId(field)
  return (
    <Group field={field}>
      <label className="label" htmlFor={id}>
        <LabelText label={label} optional={optional} />
      </label>
      <Hint field={field} hint={hint} />
      <ErrorSlot field={field} />
      <textarea className="textarea" id={id} name={field} rows={rows} aria-describedby={describedBy(field, hint)} defaultValue={defaultValue ?? undefined} />
    </Group>
  )
}

export function Select({ defaultValue, field, hint, label, optional, options }: Question & Filled & { options: string[] }) {
  const id = fieldId(field)
  return (
    <Group field={field}>
      <label className="label" htmlFor={id}>
        <LabelText label={label} optional={optional} />
      </label>
      <Hint field={field} hint={hint} />
      <ErrorSlot field={field} />
      <select className="select" id={id} name={field} aria-describedby={describedBy(field, hint)} defaultValue={defaultValue ?? ''}>
        <option value="">请选择</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </Group>
  )
}

/** Radios (one answer) or checkboxes (any number) in a fieldset; errors link to the first option. */
export function Choices({
  checked = [],
  field,
  hint,
  label,
  multiple = false,
  optional,
  options,
}: Question & { /** The options ticked to start with. */ checked?: string[]; multiple?: boolean; options: (string | { label: string; value: string })[] }) {
  const shownHint = hint ?? (multiple ? '可以选多项。' : null)
  return (
    <Group field={field}>
      <fieldset className="fieldset" id={fieldId(field)} aria-describedby={describedBy(field, shownHint)}>
        <legend className="legend">
          <LabelText label={label} optional={optional} />
        </legend>
        <Hint field={field} hint={shownHint} />
        <ErrorSlot field={field} />
        <div className={multiple ? 'choices choices--checkboxes' : 'choices'}>
          {options.map((option, index) => {
            const { label: text, value } = typeof option === 'string' ? { label: option, value: option } : option
            return (
              <div className="choice" key={value}>
                <input id={optionId(field, index)} type={multiple ? 'checkbox' : 'radio'} name={field} value={value} defaultChecked={checked.includes(value)} />
                <label htmlFor={optionId(field, index)}>{text}</label>
              </div>
            )
          })}
        </div>
      </fieldset>
    </Group>
  )
}

/**
 * A date as three boxes, 年 / 月 / 日 (GOV.UK date input): numeric keypads,
 * no picker, one error for the whole date. The boxes post
 * `<field>.year`, `.month` and `.day`.
 */
export function DateInput({ defaultValue, field, hint, label, optional }: Question & Filled) {
  const shownHint = hint ?? '例如 1945 年 3 月 8 日'
  // A filled date is YYYY-MM-DD: one part per box, without leading zeros.
  const [year, month, day] = (defaultValue ?? '').split('-')
  const parts: Record<string, string | undefined> = { year, month: month && String(Number(month)), day: day && String(Number(day)) }
  return (
    <Group field={field}>
      <fieldset className="fieldset" id={fieldId(field)} role="group" aria-describedby={describedBy(field, shownHint)}>
        <legend className="legend">
          <LabelText label={label} optional={optional} />
        </legend>
        <Hint field={field} hint={shownHint} />
        <ErrorSlot field={field} />
        <div className="date-input">
          {DATE_PARTS.map((part) => (
            <div key={part}>
              <label className="label" htmlFor={`${fieldId(field)}-${part}`}>
                {DATE_PART_LABELS[part]}
              </label>
              <input
                className={`input input--width-${part === 'year' ? 4 : 2}`}
                id={`${fieldId(field)}-${part}`}
                name={`${field}.${part}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                maxLength={part === 'year' ? 4 : 2}
                defaultValue={parts[part]}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </Group>
  )
}

/** A file input for one material: several files allowed, the chosen ones listed below it by the script. */
export function FileInput({ accept, field, hint, label, name, optional }: Question & { accept: string; name: string }) {
  const id = fieldId(field)
  return (
    <Group field={field}>
      <label className="label" htmlFor={id}>
        <LabelText label={label} optional={optional} />
      </label>
      <Hint field={field} hint={hint} />
      <ErrorSlot field={field} />
      <input className="file-input" id={id} name={name} type="file" accept={accept} multiple aria-describedby={describedBy(field, hint)} />
      <ul className="file-list" data-file-list={field} hidden />
    </Group>
  )
}

/**
 * The list of problems at the top of a form (role=alert; focus moves to it),
 * each a link to its field. Filled by site/client/formErrors.ts.
 */
export function ErrorSummary({ id, title = '请修改以下问题' }: { id: string; title?: string }) {
  return (
    <div className="error-summary" id={id} role="alert" tabIndex={-1} aria-labelledby={`${id}-title`} hidden data-error-summary>
      <h2 className="error-summary__title" id={`${id}-title`}>
        {title}
      </h2>
      <ul className="error-summary__list" />
    </div>
  )
}
