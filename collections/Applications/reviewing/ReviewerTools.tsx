import type { TypedUser } from 'payload'

import { hasRole } from '../../access'
import { HANDLING_ROLES } from '../access'
import { ApplicantSearch } from '../search/ApplicantSearch'
import { APPLICATIONS_EXPORT_MAX_ROWS } from './exportEndpoint'
import { ExportLinks } from './ExportLinks'
import './reviewerTools.css'

/** Above the applications list, for case workers: 按申请人查找 and the export of the filtered list. */
export function ReviewerTools({ user }: { user?: null | TypedUser }) {
  if (!user || !hasRole(user, ...HANDLING_ROLES)) return null
  return (
    <section className="reviewer-tools" aria-labelledby="applicant-search-title">
      <ApplicantSearch />
      <ExportLinks maxRows={APPLICATIONS_EXPORT_MAX_ROWS} />
    </section>
  )
}
