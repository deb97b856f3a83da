import type { ReactNode } from 'react'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { dateText, dateTimeText } from '../../lib/dates'
import type { DivisionFigures, PublicFigures } from '../../lib/snapshot'
import { Layout } from '../Layout'
import { DivisionTable, KeyFigures, LevelsTable } from './FigureTables'

type Props = {
  children?: ReactNode
  division: DivisionFigures
  /** The divisions above it, the city first, for the breadcrumbs. */
  above: Pick<DivisionFigures, 'code' | 'name'>[]
  below: DivisionFigures[]
  meta: Pick<PublicFigures, 'generatedAt' | 'minimumCell' | 'range'>
}

/** One division's public figures: key figures, rating levels, the divisions below it, and what the figures mean. */
export function DivisionFiguresPage({ above, below, children, division, meta }: Props) {
  const title = `${division.name}办事和热线数据`
  const childLevel = below[0]?.levelLabel
  return (
    <Layout
      title={title}
      description={`${division.name}政务服务“好差评”、差评整改和12345热线的公开数据。`}
      crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }, ...above.map((each) => ({ href: PORTAL_PATHS.statistics(each.code === above[0]?.code ? undefined : each.code), label: each.name }))]}
    >
      <h1>{title}</h1>
      <p>
        统计期：{dateText(meta.range.from)}至{dateText(meta.range.to)}（近12个月）。数据每天夜间更新，本页更新于{dateTimeText(meta.generatedAt)}。
      </p>
      <p>
        为保护个人信息，评价或工单少于 {meta.minimumCell} 件的数据不公布，表中显示为“—”。办件满意率是“基本满意”及以上的评价所占的比例（GB/T 39734）；每个“不满意”“非常不满意”的评价都要整改并回访。
      </p>
      <KeyFigures division={division} />
      <h2>办件评价（好差评）</h2>
      <LevelsTable caption={`${division.name}办件评价等级分布`} ratings={division.ratings} />
      {below.length > 0 && (
        <>
          <h2>各{childLevel}数据</h2>
          <DivisionTable caption={`${division.name}各${childLevel}的办件评价和热线数据`} divisions={below} />
        </>
      )}
      {children}
      <p>
        <a href={PORTAL_PATHS.answers()}>答复公开</a> · <a href={PORTAL_PATHS.openData()}>开放数据下载</a>
      </p>
    </Layout>
  )
}
