import { CHECK_STEP } from '../../../collections/Applications/lib/checkStep'
import type { Prefill, ReusableMaterial } from '../../../collections/Applications/reuse/sources'
import type { SnapshotDistrict, SnapshotService } from '../../lib/catalogue'
import { ApplicationFormSections } from './FormSections'
import { ReuseFillButton } from './Reuse'

type Props = {
  /** The API's origin ('' for the server's own page). */
  api: string
  /** A 一件事's merged form (its code in `bundleCode`) rather than one service's (`serviceCode`). */
  bundle?: boolean
  code: string
  definition: SnapshotService['applicationForm']
  districts: SnapshotDistrict[]
  filled?: Prefill
  reusable: ReusableMaterial[]
}

/**
 * The application form itself: one service's (posted to
 * /api/applications/submit) or a 一件事's (submit-bundle). The apply pages
 * render it, and the server renders it again filled from the platform for a
 * browser without JavaScript (collections/Applications/reuse/filledForm.tsx);
 * site/client/apply.ts enhances it. Without JavaScript 继续 asks the server
 * for the check page; the script shows its own.
 */
export function ApplyForm({ api, bundle = false, code, definition, districts, filled, reusable }: Props) {
  return (
    <form
      className="application-form"
      method="post"
      action={`${api}/api/applications/${bundle ? 'submit-bundle' : 'submit'}`}
      encType="multipart/form-data"
      noValidate
      data-application-form
      data-api={api}
      {...(bundle ? { 'data-bundle': code } : { 'data-service': code })}
    >
      <input type="hidden" name={bundle ? 'bundleCode' : 'serviceCode'} value={code} />
      <ApplicationFormSections districts={districts} definition={definition} reusable={reusable} filled={filled} />
      <button type="submit" className="button button--start" name={CHECK_STEP.name} value={CHECK_STEP.value} data-submit>
        继续
      </button>
      {!filled && <ReuseFillButton api={api} />}
    </form>
  )
}
