import type { SnapshotDistrict } from '../../lib/catalogue'
import { DIVISION_FIELD, divisionSelects, fieldId, hintId } from '../../lib/forms'
import { ErrorSlot, Hint } from './Fields'

type Props = {
  districts: SnapshotDistrict[]
  /** The answer's name: the applicant's community (divisionCode) unless another's (party.divisionCode). */
  field?: string
  headingId: string
  /** The question's words: 所在社区 where the resident lives, or where a problem is. */
  heading?: string
  hint?: string
  /**
   * For a form that works without JavaScript: one select of every community,
   * grouped by street, inside <noscript>; the script's community select stays
   * disabled (never posted) until the script enables it.
   */
  withoutScript?: boolean
  /** The community chosen to start with (without JavaScript: a form the server renders again filled in). */
  defaultValue?: null | string
}

/** Every community as the options of a select, grouped by district and street. */
export function CommunityOptions({ districts }: { districts: SnapshotDistrict[] }) {
  return (
    <>
      <option value="">请选择社区</option>
      {districts.flatMap((district) =>
        district.streets.map((street) => (
          <optgroup key={street.code} label={`${district.name} ${street.name}`}>
            {street.communities.map((community) => (
              <option key={community.code} value={community.code}>
                {community.name}
              </option>
            ))}
          </optgroup>
        )),
      )}
    </>
  )
}

/** Every community in one select, grouped by district and street: the picker without JavaScript. */
function AllCommunities({ defaultValue, districts, field }: { defaultValue?: null | string; districts: SnapshotDistrict[]; field: string }) {
  return (
    <noscript>
      <div className="form-group form-group--nested">
        <label className="label" htmlFor={`${fieldId(field)}-all`}>
          社区
        </label>
        <select className="select" id={`${fieldId(field)}-all`} name={field} defaultValue={defaultValue ?? ''}>
          <CommunityOptions districts={districts} />
        </select>
      </div>
    </noscript>
  )
}

/**
 * 所在社区: three selects, 区 → 街道 → 社区. The page lists the districts;
 * the page's script (site/client/divisions.ts) fills and shows the street and
 * community selects from the division tree embedded in the page as each
 * choice is made. The community's code is the answer (`divisionCode`).
 */
export function DivisionPicker({ defaultValue, districts, field = DIVISION_FIELD, heading = '所在社区', headingId, hint = '请依次选择您现在居住的区、街道和社区。', withoutScript = false }: Props) {
  const selects = divisionSelects(field)
  return (
    <div className="form-group" data-field={field}>
      <fieldset className="fieldset" id={fieldId(field)} aria-describedby={hintId(field)}>
        <legend className="legend legend--heading">
          <h2 id={headingId}>{heading}</h2>
        </legend>
        <Hint field={field} hint={hint} />
        {withoutScript && <AllCommunities defaultValue={defaultValue} districts={districts} field={field} />}
        <ErrorSlot field={field} />
        <div className={withoutScript ? 'form-group form-group--nested js-only' : 'form-group form-group--nested'}>
          <label className="label" htmlFor={selects.district}>
            区
          </label>
          <select className="select" id={selects.district} defaultValue="">
            <option value="">请选择区</option>
            {districts.map((district) => (
              <option key={district.code} value={district.code}>
                {district.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group form-group--nested" data-division-level="street" hidden>
          <label className="label" htmlFor={selects.street}>
            街道
          </label>
          <select className="select" id={selects.street} defaultValue="">
            <option value="">请选择街道</option>
          </select>
        </div>
        <div className="form-group form-group--nested" data-division-level="community" hidden>
          <label className="label" htmlFor={selects.community}>
            社区
          </label>
          <select className="select" id={selects.community} name={field} defaultValue="" disabled={withoutScript}>
            <option value="">请选择社区</option>
          </select>
        </div>
      </fieldset>
    </div>
  )
}
