import { JOINT_CONFIRMATION_WORDS as WORDS } from '../../../collections/BundleCases/states'
import { ConfirmationFoot, ConfirmationHead } from './Confirmation'

/**
 * The confirmation panel of a 一件事's form, hidden until the script fills
 * it: the joint number and query code, and each member's tracking number in
 * `data-members`. The page a browser without JavaScript gets says the same
 * (collections/BundleCases/lib/pages.ts).
 */
export function JointConfirmation({ bundleTitle }: { bundleTitle: string }) {
  return (
    <section className="confirmation" data-confirmation hidden aria-labelledby="confirmation-title">
      <ConfirmationHead title={WORDS.title} numberLabel={WORDS.numberLabel} numberSlot="number" queryCodeUse={WORDS.queryCodeUse} />
      <dl className="summary-list">
        <div>
          <dt>一件事</dt>
          <dd>{bundleTitle}</dd>
        </div>
        <div>
          <dt>提交时间</dt>
          <dd data-slot="submittedAt" />
        </div>
      </dl>
      <h2>{WORDS.membersTitle}</h2>
      <dl className="summary-list" data-members />
      <p>{WORDS.routing}</p>
      <ConfirmationFoot />
    </section>
  )
}
