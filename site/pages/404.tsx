import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { Layout } from '../components/Layout'
import { SearchForm } from '../components/SearchForm'

export const config = { unstable_runtimeJS: false }

/** A page that does not exist (or a guide that was withdrawn). */
export default function NotFound() {
  return (
    <Layout title="找不到这个页面" description="找不到这个页面。" headerSearch={false} crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}>
      <h1>找不到这个页面</h1>
      <p>网址可能输错了，或者这个事项已经调整。您可以搜索要办的事：</p>
      <SearchForm id="not-found-search" />
      <p>
        也可以查看<a href={PORTAL_PATHS.services()}>全部事项</a>，或回到<a href={PORTAL_PATHS.home()}>首页</a>。
      </p>
    </Layout>
  )
}
