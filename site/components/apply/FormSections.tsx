import type { SnapshotDistrict, SnapshotService } from '../../lib/catalogue'
import { FILE_ACCEPT, FILE_RULES_TEXT } from '../../lib/forms'
import { DivisionPicker } from '../form/DivisionPicker'
import { FileInput, TextInput } from '../form/Fields'
import { Fragment } from 'react'

import { factsToRead, type Prefill, type ReusableMaterial } from '../../../collections/Applications/reuse/sources'
import { PartySection } from './PartySection'
import { Question } from './Question'
import { HeldMaterial, MaterialReuse, ReuseConsent } from './Reuse'

type Props = {
  definition: SnapshotService['applicationForm']
  districts: SnapshotDistrict[]
  /**
   * What the platform filled in with the resident's consent: the server
   * renders the form again with it for a browser without JavaScript
   * (collections/Applications/reuse/filledForm.tsx).
   */
  filled?: Prefill
  /** The guide's materials (a 一件事's merged ones, site/lib/bundles.ts), when the form offers reuse of what the platform knows. */
  reusable?: ReusableMaterial[]
}

/**
 * The inside of an application form: the applicant's details, the
 * community, the questions and the materials. One service's form
 * (/apply/<code>/) and a 一件事's merged form (/apply/bundles/<code>/) both
 * render it, so a change to the form reaches both; site/client/apply.ts
 * enhances either.
 */
export function ApplicationFormSections({ definition, districts, filled, reusable }: Props) {
  const { fields, uploads } = definition
  const materialNamed = (name: string) => reusable?.find((material) => material.name === name)
  const heldFor = (index: number) => filled?.heldMaterials.find((each) => each.upload === index)
  const applicant = filled?.applicant
  return (
    <>
      {reusable && <ReuseConsent facts={factsToRead(fields, reusable, uploads)} given={Boolean(filled)} />}

      <section aria-labelledby="applicant-title">
        <h2 id="applicant-title">申请人信息</h2>
        <TextInput field="applicant.name" label="姓名" hint="与身份证上的姓名一致。" autoComplete="name" width={10} spellCheck={false} defaultValue={applicant?.name} />
        <TextInput
          field="applicant.idNumber"
          label="身份证号码"
          hint="18位，最后一位可能是字母X。"
          inputMode="text"
          width={20}
          spellCheck={false}
          defaultValue={applicant?.idNumber}
        />
        <TextInput
          field="applicant.phone"
          label="手机号码"
          hint="办理进度会用短信发到这个号码。"
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          width={20}
          defaultValue={applicant?.phone}
        />
        <TextInput
          field="applicant.email"
          label="电子邮箱"
          optional
          hint="填写后办理进度也会发到邮箱。"
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
        />
      </section>

      <section aria-labelledby="division-title">
        <DivisionPicker districts={districts} headingId="division-title" withoutScript defaultValue={filled?.divisionCode} />
      </section>

      <PartySection districts={districts} form={definition} />

      {fields.length > 0 && (
        <section aria-labelledby="answers-title">
          <h2 id="answers-title">申请内容</h2>
          {fields.map((field) => (
            <Question key={field.name} field={field} fields={fields} value={filled?.answers[field.name]} />
          ))}
        </section>
      )}

      {uploads.length > 0 && (
        <section aria-labelledby="uploads-title">
          <h2 id="uploads-title">上传材料</h2>
          <p className="hint" id="uploads-rules">
            {FILE_RULES_TEXT}。可以用手机直接拍照，请拍清楚、拍完整；一种材料有多页的，可以一次选择多个文件。
          </p>
          <div className="form-group" data-field="uploads">
            <p className="field-error" id="uploads-error" hidden />
          </div>
          {uploads.map((upload, index) => {
            // Held by the platform (the form filled without JavaScript): 免提交 in place of the file input.
            const held = heldFor(index)
            if (held) return <HeldMaterial key={upload.material} held={held} />
            return (
              <Fragment key={upload.material}>
                <FileInput
                  field={`uploads.${index}`}
                  name={`upload-${index}`}
                  label={upload.material}
                  optional={!upload.required}
                  hint={upload.help}
                  accept={FILE_ACCEPT}
                />
                {reusable && <MaterialReuse index={index} material={materialNamed(upload.material)} />}
              </Fragment>
            )
          })}
        </section>
      )}
    </>
  )
}
