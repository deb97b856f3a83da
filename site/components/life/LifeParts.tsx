import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { priceText, ratingText } from '../../../collections/lifeServices/words'
import type { SnapshotDistrict, SnapshotLifeCategory, SnapshotLifeProvider } from '../../lib/catalogue'
import { fieldId, hintId } from '../../lib/forms'
import { ErrorSlot, Hint } from '../form/Fields'
import { CommunityOptions } from '../form/DivisionPicker'

/** 政府补贴: who is entitled, how much, and the category's own note. */
export function subsidyText(subsidy: NonNullable<SnapshotLifeCategory['subsidy']>): string {
  const cap = subsidy.capPerOrder ? `，每单最多${subsidy.capPerOrder}元` : ''
  const who = subsidy.registers.length ? `${subsidy.registers.join('、')}可享受` : '可享受'
  return `${who}政府补贴，补贴订单金额的${subsidy.percent}%${cap}。${subsidy.note ?? ''}`
}

/** A badge: 有政府补贴, 暂停接单. */
export const Tag = ({ text }: { text: string }) => (
  <ul className="tags">
    <li>{text}</li>
  </ul>
)

/**
 * 所在社区 as one select of every community, grouped by district and street:
 * it works without JavaScript, and its value is the 12-digit code the
 * search and the application take.
 */
export function CommunitySelect({ districts, field, hint, label }: { districts: SnapshotDistrict[]; field: string; hint?: string; label: string }) {
  const id = fieldId(field)
  return (
    <div className="form-group" data-field={field}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <Hint field={field} hint={hint} />
      <ErrorSlot field={field} />
      <select className="select" id={id} name={field} required aria-describedby={hint ? hintId(field) : undefined} defaultValue="">
        <CommunityOptions districts={districts} />
      </select>
    </div>
  )
}

/** The providers of a list with their rating, areas and (when given) lowest price in one category. */
export function ProviderList({ category, providers }: { category?: string; providers: SnapshotLifeProvider[] }) {
  return (
    <ul className="card-list">
      {providers.map((provider) => {
        const items = category ? provider.items.filter((item) => item.category === category) : provider.items
        return (
          <li key={provider.id}>
            <h3>
              <a href={PORTAL_PATHS.lifeProvider(provider.id)}>{provider.name}</a>
            </h3>
            {provider.suspended ? <Tag text="暂停接单" /> : items[0] && <p>最低价：{priceText(items[0].price, items[0].unit)}起</p>}
            <p>评价：{ratingText(provider.rating)}</p>
            <p>服务区域：{provider.areas.join('、')}</p>
          </li>
        )
      })}
    </ul>
  )
}
