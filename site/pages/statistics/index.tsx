import type { GetStaticProps } from 'next'

import { DivisionFiguresPage } from '../../components/figures/DivisionFiguresPage'
import { RatingTable } from '../../components/figures/FigureTables'
import { publicFigures } from '../../lib/publicData'
import type { DivisionFigures, FigureGroup, PublicFigures } from '../../lib/snapshot'

export const config = { unstable_runtimeJS: false }

type Props = {
  city: DivisionFigures | null
  districts: DivisionFigures[]
  groups: Pick<PublicFigures, 'centres' | 'departments' | 'services'>
  meta: Pick<PublicFigures, 'generatedAt' | 'minimumCell' | 'range'>
}

export const getStaticProps: GetStaticProps<Props> = () => {
  const { centres, departments, divisions, generatedAt, minimumCell, range, services } = publicFigures()
  const city = divisions.find((division) => division.level === 'city') ?? null
  return {
    props: {
      city,
      districts: divisions.filter((division) => division.parent === city?.code),
      groups: { centres, departments, services },
      meta: { generatedAt, minimumCell, range },
    },
  }
}

const byRating = (groups: FigureGroup[]) => [...groups].sort((a, b) => (b.ratings?.rated ?? 0) - (a.ratings?.rated ?? 0))

/** 公开数据 of the whole city: the city's figures, its districts, and 好差评 by department, service and centre. */
export default function CityFigures({ city, districts, groups, meta }: Props) {
  if (!city) return null
  return (
    <DivisionFiguresPage division={city} above={[]} below={districts} meta={meta}>
      <h2>各部门办件评价</h2>
      <RatingTable caption="各部门办件评价和差评整改" groups={byRating(groups.departments)} nameHeader="部门" />
      <h2>各事项办件评价</h2>
      <RatingTable caption="各事项办件评价和差评整改（评价较多的在前）" groups={byRating(groups.services)} nameHeader="事项" />
      <h2>各服务中心办件评价</h2>
      <p>按服务中心可办理的事项和服务的区域统计。</p>
      <RatingTable caption="各服务中心办件评价和差评整改" groups={groups.centres} nameHeader="服务中心" />
    </DivisionFiguresPage>
  )
}
