import type { DefaultCellComponentProps } from 'payload'

/** 申请人 in the applications list: the name as the list reads it, masked for staff (张**); the case's own page shows it in full. */
export function ApplicantCell({ rowData }: DefaultCellComponentProps) {
  const name = (rowData as { applicant?: { name?: string } }).applicant?.name
  return name ? <span>{name}</span> : null
}
