import { dueDateText } from '../workingDays'

/** A due date in a case's status box; when provisional, why, and that it will be corrected. */
export function DueDate({ date, provisional }: { date: string; provisional?: boolean | null }) {
  return (
    <>
      {dueDateText(date, provisional)}
      {provisional ? <span className="casework-provisional">所在年份的节假日安排尚未录入，暂按周末计算；录入后自动重新计算。</span> : null}
    </>
  )
}
