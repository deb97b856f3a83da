import { useState } from 'react'

type Option = { label: string; value: string }

type Props = {
  error?: string
  hint: string
  /** The input's id; the hint, the list and the error take theirs from it. */
  id: string
  initialText?: string
  label: string
  /** The chosen option's value once the typed text matches its full name exactly, else '' (with what was typed). */
  onPick: (value: string, typed: string) => void
  options: Option[]
}

/**
 * A district, street or community picked by typing part of its full name.
 * A city has thousands of communities: typing narrows the list, where a
 * select would need scrolling.
 */
export function DivisionPicker({ error, hint, id, initialText = '', label, onPick, options }: Props) {
  const [text, setText] = useState(initialText)
  function type(typed: string) {
    setText(typed)
    onPick(options.find((option) => option.label === typed.trim())?.value ?? '', typed)
  }
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <p className="hotline-desk__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        list={`${id}-options`}
        autoComplete="off"
        value={text}
        onChange={(event) => type(event.target.value)}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        {...(error ? { 'aria-invalid': true } : {})}
      />
      <datalist id={`${id}-options`}>
        {options.map((option) => (
          <option key={option.value} value={option.label} />
        ))}
      </datalist>
      {error ? (
        <p className="hotline-desk__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  )
}
