import type { DataFromCollectionSlug } from 'payload'

import type { SnapshotDistrict, SnapshotDivision } from '../../../site/lib/snapshot'

type DivisionRow = Pick<DataFromCollectionSlug<'divisions'>, 'code' | 'level' | 'name'>

/**
 * The districts, streets and communities residents choose from, as a tree
 * sorted by code. The code alone places each one: a community's street is
 * its first 9 digits, its district its first 6. Streets without communities
 * and districts without streets are left out: nobody can choose them.
 */
export function divisionTree(divisions: DivisionRow[]): SnapshotDistrict[] {
  const sorted = [...divisions].sort((a, b) => a.code.localeCompare(b.code))
  const childrenOf = new Map<string, SnapshotDivision[]>()
  const addChild = (parentCode: string, { code, name }: DivisionRow) =>
    childrenOf.set(parentCode, [...(childrenOf.get(parentCode) ?? []), { code, name }])
  for (const division of sorted) {
    if (division.level === 'community') addChild(`${division.code.slice(0, 9)}000`, division)
    if (division.level === 'street') addChild(`${division.code.slice(0, 6)}000000`, division)
  }
  return sorted
    .filter((division) => division.level === 'district')
    .map(({ code, name }) => ({
      code,
      name,
      streets: (childrenOf.get(code) ?? [])
        .map((street) => ({ ...street, communities: childrenOf.get(street.code) ?? [] }))
        .filter((street) => street.communities.length > 0),
    }))
    .filter((district) => district.streets.length > 0)
}
