'use client'
import { useRowLabel } from '@payloadcms/ui'

/** Collapsed array rows show what they are, not "材料 01". */
const labelled = (key: string, fallback: string) =>
  function RowLabel() {
    const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
    const text = typeof data?.[key] === 'string' && data[key] ? data[key] : `${fallback} ${(rowNumber ?? 0) + 1}`
    return <span>{text}</span>
  }

export const MaterialRowLabel = labelled('name', '材料')
export const FormFieldRowLabel = labelled('label', '填写项')
