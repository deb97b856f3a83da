import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { ANSWER_SLOT, ANSWER_TITLE } from '../../collections/endpoints/answerPage'
import { Layout } from '../components/Layout'

export const config = { unstable_runtimeJS: false }

/**
 * The frame of the pages the server answers a plain form post with (a
 * resident's browser without JavaScript): the portal's own header, footer
 * and styles, with a title and a slot the server fills in
 * (collections/endpoints/htmlAnswer.ts). Never linked and never indexed.
 */
export default function AnswerFrame() {
  return (
    <Layout title={ANSWER_TITLE} description="一站通" crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}>
      <div id={ANSWER_SLOT} />
    </Layout>
  )
}
