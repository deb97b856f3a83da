import { PARTY_RELATIONS } from '../../../collections/Services/options'
import { asksPartyDivision } from '../../../collections/Applications/form/validate'
import type { SnapshotDistrict, SnapshotService } from '../../lib/catalogue'
import { DivisionPicker } from '../form/DivisionPicker'
import { Choices, DateInput, TextInput } from '../form/Fields'

type Props = { districts: SnapshotDistrict[]; form: SnapshotService['applicationForm'] }

/**
 * 当事人: the person the application is for when it is not the applicant
 * (the elder of 高龄津贴, the child of 新生儿 services), called by the
 * service's own word. Their community is asked when it decides where the
 * application is handled.
 */
export function PartySection({ districts, form }: Props) {
  const { party } = form
  if (!party) return null
  const { label } = party
  const registered = form.handledBy === 'party-registered'
  return (
    <section aria-labelledby="party-title">
      <h2 id="party-title">{label}信息</h2>
      <p className="hint">本事项是为{label}办理的。您替{label}申请（代办）时，上面填您自己的信息，这里填{label}的信息；{label}本人申请的，两处都填本人。</p>
      <TextInput field="party.name" label={`${label}姓名`} hint="与身份证或户口簿上的姓名一致。" width={10} spellCheck={false} />
      <TextInput field="party.idNumber" label={`${label}身份证号码`} hint="18位，最后一位可能是字母X。" width={20} spellCheck={false} />
      {party.askRelation && <Choices field="party.relation" label={`您和${label}的关系`} options={[...PARTY_RELATIONS]} />}
      {party.askBirthDate && <DateInput field="party.birthDate" label={`${label}出生日期`} />}
      {asksPartyDivision(form) && (
        <DivisionPicker
          districts={districts}
          field="party.divisionCode"
          headingId="party-division-title"
          heading={registered ? `${label}户籍所在社区` : `${label}居住的社区`}
          hint={`本事项按${label}${registered ? '户籍所在地' : '居住地'}办理。请依次选择${label}${registered ? '户口登记' : '现在居住'}的区、街道和社区。`}
          withoutScript
        />
      )}
    </section>
  )
}
