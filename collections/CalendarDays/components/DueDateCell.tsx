import type { DefaultCellComponentProps } from 'payload'

import { dueDateText } from '../workingDays'

/** A due date in a list, with 暂定 when its year's holidays are not entered yet. */
export function DueDateCell({ cellData, rowData }: DefaultCellComponentProps) {
  if (typeof cellData !== 'string' || !cellData) return null
  return <span>{dueDateText(cellData, Boolean(rowData?.dueDateProvisional))}</span>
}
