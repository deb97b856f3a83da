import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../../collections/catalogue/portalPaths'
import { WORKSPACE_PATHS } from '../../../../collections/ProviderAccounts/lib/paths'
import { TextInput } from '../../../components/form/Fields'
import { Layout } from '../../../components/Layout'
import { PhoneLink } from '../../../components/PhoneLink'
import { apiOrigin, HOTLINE } from '../../../lib/site'

export const config = { unstable_runtimeJS: false }

type Props = { api: string }

export const getStaticProps: GetStaticProps<Props> = () => ({ props: { api: apiOrigin() } })

/**
 * 企业服务: the sign-in of providers' accounts (加盟企业), a plain form post
 * without JavaScript; signed in, the API sends the browser on to the
 * workspace (企业工作台), whose pages the API serves.
 */
export default function ProviderSignInPage({ api }: Props) {
  return (
    <Layout title="加盟企业登录" description="生活服务加盟企业登录企业工作台，接单、派服务人员、维护价格。" crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}>
      <h1>加盟企业登录</h1>
      <p className="lead">生活服务加盟企业的工作人员在这里登录企业工作台：接单、派服务人员、维护服务项目和价格、管理服务人员、查看居民评价。</p>
      <form method="post" action={`${api}/api/provider-accounts/sign-in`} encType="multipart/form-data" noValidate>
        <TextInput field="username" label="用户名" autoComplete="username" width={20} />
        <div className="form-group" data-field="password">
          <label className="label" htmlFor="password">
            密码
          </label>
          <input className="input input--width-20" id="password" name="password" type="password" autoComplete="current-password" />
        </div>
        <button type="submit" className="button">
          登录
        </button>
      </form>
      <p>
        已经登录的，可以直接<a href={`${api}${WORKSPACE_PATHS.orders()}`}>进入企业工作台</a>。
      </p>
      <h2>还没有账号</h2>
      <p>
        企业账号由生活服务监管部门在企业加盟审核通过后开通，首次登录的密码由工作人员告知。忘记密码请联系监管部门重置，或拨打 <PhoneLink number={HOTLINE} />。
      </p>
    </Layout>
  )
}
