import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { Choices, ErrorSummary, TextInput } from '../../components/form/Fields'
import { Layout } from '../../components/Layout'
import { assetUrl } from '../../lib/assets'
import { apiOrigin } from '../../lib/site'

export const config = { unstable_runtimeJS: false }

type Props = { api: string }

export const getStaticProps: GetStaticProps<Props> = () => ({ props: { api: apiOrigin() } })

/**
 * 登录: a mobile number and an SMS code (the first sign-in opens the
 * account, with the privacy notice accepted), or the password the resident
 * chose. Plain form posts without JavaScript (the code request answers with
 * a page holding the code form); site/client/my.ts keeps it on this page.
 */
export default function SignInPage({ api }: Props) {
  return (
    <Layout title="登录" description="用手机号码和短信验证码登录一站通，查看和办理自己的事项。" crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}>
      <h1>登录</h1>
      <p className="lead">用手机号码和短信验证码登录。第一次登录即开通账号，不需要另外注册。</p>
      <ErrorSummary id="sign-in-errors" />
      <section aria-labelledby="code-title" data-code-step>
        <h2 id="code-title">用短信验证码登录</h2>
        <form method="post" action={`${api}/api/residents/code`} encType="multipart/form-data" noValidate data-code-form data-api={api}>
          <TextInput field="phone" label="手机号码" hint="11位手机号码，验证码5分钟内有效。" type="tel" inputMode="tel" autoComplete="tel" width={20} />
          <button type="submit" className="button" data-send-code>
            获取验证码
          </button>
        </form>
        <form method="post" action={`${api}/api/residents/sign-in`} encType="multipart/form-data" noValidate hidden data-sign-in-form>
          <p className="callout callout--warning" data-demo-code hidden />
          <p data-code-sent />
          <input type="hidden" name="phone" data-sign-in-phone />
          <TextInput field="code" label="短信验证码" inputMode="numeric" autoComplete="one-time-code" width={10} />
          <Choices
            field="consent"
            label="个人信息保护"
            hint="第一次登录时需要同意。"
            multiple
            options={[{ label: '我已阅读并同意《个人信息保护说明》', value: 'on' }]}
          />
          <p>
            <a href={PORTAL_PATHS.privacy()}>阅读《个人信息保护说明》</a>
          </p>
          <button type="submit" className="button">
            登录
          </button>
        </form>
      </section>
      <section aria-labelledby="password-title">
        <h2 id="password-title">用密码登录</h2>
        <p>在“我的”页面设置过密码的，也可以用手机号码和密码登录。</p>
        <form method="post" action={`${api}/api/residents/sign-in`} encType="multipart/form-data" noValidate data-password-form>
          <div className="form-group" data-field="password-phone">
            <label className="label" htmlFor="password-phone">
              手机号码
            </label>
            <input className="input input--width-20" id="password-phone" name="phone" type="tel" inputMode="tel" autoComplete="tel" />
          </div>
          <div className="form-group" data-field="password">
            <label className="label" htmlFor="password">
              密码
            </label>
            <input className="input input--width-20" id="password" name="password" type="password" autoComplete="current-password" />
          </div>
          <button type="submit" className="button button--secondary">
            用密码登录
          </button>
        </form>
      </section>
      <script type="module" src={assetUrl('my.js')} />
    </Layout>
  )
}
