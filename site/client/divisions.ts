/**
 * The 区 → 街道 → 社区 selects of a portal form (site/components/form/DivisionPicker.tsx):
 * each choice fills and shows the next select from the division tree the page embeds.
 */
import type { SnapshotDistrict } from '../lib/snapshot'
import { DIVISION_FIELD, divisionSelects } from '../lib/forms'

const select = (id: string) => document.getElementById(id) as HTMLSelectElement | null

function fillSelect(target: HTMLSelectElement, placeholder: string, items: { code: string; name: string }[]): void {
  target.replaceChildren(new Option(placeholder, ''), ...items.map((item) => new Option(item.name, item.code)))
}

/** The 区 → 街道 → 社区 selects of a division question (`field`: divisionCode, party.divisionCode). */
export function setUpDivisions(districts: SnapshotDistrict[], field = DIVISION_FIELD): void {
  const ids = divisionSelects(field)
  const district = select(ids.district)
  const street = select(ids.street)
  const community = select(ids.community)
  if (!district || !street || !community) return
  const picker = district.closest('fieldset')
  const showLevel = (level: 'community' | 'street', shown: boolean): void => {
    const group = picker?.querySelector<HTMLElement>(`[data-division-level="${level}"]`)
    if (group) group.hidden = !shown
  }
  // A form that also works without JavaScript keeps this select out of the post until the script runs.
  community.disabled = false
  const chosenDistrict = () => districts.find((each) => each.code === district.value)
  const onDistrict = () => {
    const streets = chosenDistrict()?.streets ?? []
    fillSelect(street, '请选择街道', streets)
    fillSelect(community, '请选择社区', [])
    showLevel('street', streets.length > 0)
    showLevel('community', false)
  }
  const onStreet = () => {
    const communities = chosenDistrict()?.streets.find((each) => each.code === street.value)?.communities ?? []
    fillSelect(community, '请选择社区', communities)
    showLevel('community', communities.length > 0)
  }
  district.addEventListener('change', onDistrict)
  street.addEventListener('change', onStreet)
  // A browser that restored the form (back button) may have kept the district.
  if (district.value) onDistrict()
}

/** Choose a community in the three selects, as the resident would, when none is chosen yet. */
export function chooseCommunity(districts: SnapshotDistrict[], code: string, field = DIVISION_FIELD): void {
  const ids = divisionSelects(field)
  const [district, street, community] = [select(ids.district), select(ids.street), select(ids.community)]
  if (!district || !street || !community || district.value) return
  for (const each of districts) {
    const found = each.streets.find((candidate) => candidate.communities.some((place) => place.code === code))
    if (!found) continue
    for (const [target, value] of [[district, each.code], [street, found.code], [community, code]] as const) {
      target.value = value
      target.dispatchEvent(new Event('change', { bubbles: true }))
    }
    return
  }
}
