import type { GetStaticPaths, GetStaticProps } from 'next'

import { DivisionFiguresPage } from '../../components/figures/DivisionFiguresPage'
import { publicFigures } from '../../lib/publicData'
import type { DivisionFigures, PublicFigures } from '../../lib/snapshot'

export const config = { unstable_runtimeJS: false }

type Props = {
  above: Pick<DivisionFigures, 'code' | 'name'>[]
  below: DivisionFigures[]
  division: DivisionFigures
  meta: Pick<PublicFigures, 'generatedAt' | 'minimumCell' | 'range'>
}

export const getStaticPaths: GetStaticPaths = () => ({
  paths: publicFigures()
    .divisions.filter((division) => division.level !== 'city')
    .map((division) => ({ params: { code: division.code } })),
  fallback: false,
})

/** A district, street or community: its own figures, with links up to the city and down to the divisions below it. */
export const getStaticProps: GetStaticProps<Props, { code: string }> = ({ params }) => {
  const { divisions, generatedAt, minimumCell, range } = publicFigures()
  const byCode = new Map(divisions.map((division) => [division.code, division]))
  const division = byCode.get(params?.code ?? '')
  if (!division) return { notFound: true }
  const above: Props['above'] = []
  for (let parent = division.parent ? byCode.get(division.parent) : undefined; parent; parent = parent.parent ? byCode.get(parent.parent) : undefined) {
    above.unshift({ code: parent.code, name: parent.name })
  }
  return {
    props: { division, above, below: divisions.filter((each) => each.parent === division.code), meta: { generatedAt, minimumCell, range } },
  }
}

export default function DivisionFiguresRoute(props: Props) {
  return <DivisionFiguresPage {...props} />
}
