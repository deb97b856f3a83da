import type { SnapshotDistrict } from '../../lib/catalogue'
import { DIVISION_FIELD, DIVISION_SELECTS, hintId } from '../../lib/forms'
import { ErrorSlot, Hint } from './Fields'

/**
 * 所在社区: three selects, 区 → 街道 → 社区. The page lists the districts;
 * site/client/apply.ts fills and shows the street and community selects from
 * the division tree embedded in the page as each choice is made. The
 * community's code is the answer (`divisionCode`).
 */
export function DivisionPicker({ districts, headingId }: { districts: SnapshotDistrict[]; headingId: string }) {
  const field = DIVISION_FIELD
  return (
    <div className="form-group" data-field={field}>
      <fieldset className="fieldset" id={field} aria-describedby={hintId(field)}>
        <legend className="legend legend--heading">
          <h2 id={headingId}>所在社区</h2>
        </legend>
        <Hint field={field} hint="请依次选择您现在居住的区、街道和社区。" />
        <ErrorSlot field={field} />
        <div className="form-group form-group--nested">
          <label className="label" htmlFor={DIVISION_SELECTS.district}>
            区
          </label>
          <select className="select" id={DIVISION_SELECTS.district} defaultValue="">
            <option value="">请选择区</option>
            {districts.map((district) => (
              <option key={district.code} value={district.code}>
                {district.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group form-group--nested" data-division-level="street" hidden>
          <label className="label" htmlFor={DIVISION_SELECTS.street}>
            街道
          </label>
          <select className="select" id={DIVISION_SELECTS.street} defaultValue="">
            <option value="">请选择街道</option>
          </select>
        </div>
        <div className="form-group form-group--nested" data-division-level="community" hidden>
          <label className="label" htmlFor={DIVISION_SELECTS.community}>
            社区
          </label>
          <select className="select" id={DIVISION_SELECTS.community} name={field} defaultValue="">
            <option value="">请选择社区</option>
          </select>
        </div>
      </fieldset>
    </div>
  )
}
