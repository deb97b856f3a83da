import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { MY_OVERVIEW_PATH } from '../../../collections/Residents/lib/paths'
import { CERTIFICATE_KINDS, CERTIFICATE_WORDS, RESULT_PATHS } from '../../../collections/ResultDocuments/states'
import { Choices, ErrorSummary, TextInput } from '../../components/form/Fields'
import { Layout } from '../../components/Layout'
import { assetUrl } from '../../lib/assets'
import { apiOrigin } from '../../lib/site'

export const config = { unstable_runtimeJS: false }

type Props = { api: string }

export const getStaticProps: GetStaticProps<Props> = () => ({ props: { api: apiOrigin() } })

/** A confirmation asked before a change: the current password, or a code sent to the account's number. */
function Confirmation({ prefix }: { prefix: string }) {
  return (
    <>
      <div className="form-group" data-field="currentPassword">
        <label className="label" htmlFor={`${prefix}-current`}>
          当前密码（设置过密码的填写）
        </label>
        <input className="input input--width-20" id={`${prefix}-current`} name="currentPassword" type="password" autoComplete="current-password" />
      </div>
      <div className="form-group" data-field="code">
        <label className="label" htmlFor={`${prefix}-code`}>
          或者：短信验证码
        </label>
        <p className="hint">先点下面“发送验证码到我的手机”。</p>
        <input className="input input--width-10" id={`${prefix}-code`} name="code" inputMode="numeric" autoComplete="one-time-code" />
      </div>
    </>
  )
}

/**
 * 我的: the signed-in resident's account. site/client/my.ts fills in the
 * details (or says to sign in); every form here also works as a plain form
 * post, answered by a page.
 */
export default function MyPage({ api }: Props) {
  return (
    <Layout title="我的" description="查看和管理您在一站通的账号、实名信息和个人数据。" crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}>
      <h1>我的</h1>
      <div data-my data-api={api}>
        <p className="callout" data-signed-out hidden>
          您还没有登录，或登录已过期。<a href={PORTAL_PATHS.mySignIn()}>去登录</a>
        </p>
        <noscript>
          <p className="callout">
            浏览器关闭了 JavaScript，本页不能显示您的账号信息，但下面的各项操作都可以使用。请打开<a href={`${api}${MY_OVERVIEW_PATH}`}>我的申请、诉求、评价和消息</a>查看和评价您的事项；还没有登录的，请先<a href={PORTAL_PATHS.mySignIn()}>登录</a>。
          </p>
        </noscript>
        <p className="lead" role="status" data-my-status />
        <ErrorSummary id="my-errors" />
        <section aria-labelledby="account-title">
          <h2 id="account-title">我的账号</h2>
          <dl className="summary-list">
            <div>
              <dt>手机号码</dt>
              <dd data-slot="phone">—</dd>
            </div>
            <div>
              <dt>实名信息</dt>
              <dd data-slot="realName">—</dd>
            </div>
            <div>
              <dt>登录密码</dt>
              <dd data-slot="password">—</dd>
            </div>
            <div>
              <dt>个人信息保护说明</dt>
              <dd data-slot="consent">—</dd>
            </div>
          </dl>
          <form method="post" action={`${api}/api/residents/logout`} encType="multipart/form-data" data-my-form="logout">
            <button type="submit" className="button button--secondary">
              退出登录
            </button>
          </form>
        </section>

        <section aria-labelledby="cases-title">
          <h2 id="cases-title">我的申请</h2>
          <ol className="my-cases" data-list="bundleCases" aria-label="一件事" />
          <p data-empty="applications">登录后提交的申请会列在这里。以前提交的申请，可以用受理编号（一件事用联办编号）和查询码添加。</p>
          <ol className="my-cases" data-list="applications" />
          <h3>添加以前提交的申请或一件事</h3>
          <form method="post" action={`${api}/api/my/claim`} encType="multipart/form-data" noValidate data-my-form="claim">
            <TextInput field="trackingNumber" label="受理编号或联办编号" hint="受理编号以YZ开头，共16位；一件事的联办编号以YJ开头，也是16位，添加后它的各项申请一起列在“我的”。" width={20} spellCheck={false} />
            <TextInput field="queryCode" label="查询码" hint="6位数字。" inputMode="numeric" width={10} />
            <button type="submit" className="button button--secondary">
              添加到我的
            </button>
          </form>
        </section>

        <section aria-labelledby="certificates-title">
          <h2 id="certificates-title">{CERTIFICATE_WORDS.title}</h2>
          <p>{CERTIFICATE_WORDS.explain}</p>
          {/* A plain form post with or without the script: the answer is a page with the download. */}
          <ul className="certificate-list">
            {CERTIFICATE_KINDS.map((kind) => (
              <li key={kind}>
                <form method="post" action={`${api}${RESULT_PATHS.certificates}`} encType="multipart/form-data">
                  <input type="hidden" name="kind" value={kind} />
                  <button type="submit" className="button button--secondary">
                    {CERTIFICATE_WORDS.button(kind)}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="appointments-title">
          <h2 id="appointments-title">我的预约</h2>
          <p>到服务中心现场办理的预约：签到二维码、改约和取消。</p>
          <p>
            <a href={`${api}/api/appointments/mine`}>查看我的预约</a>
          </p>
        </section>

        <section aria-labelledby="tickets-title">
          <h2 id="tickets-title">我的12345诉求</h2>
          <p data-empty="tickets">还没有与账号关联的诉求。</p>
          <ol className="my-cases" data-list="tickets" />
        </section>

        <section aria-labelledby="life-orders-title">
          <h2 id="life-orders-title">我的生活服务</h2>
          <p data-empty="lifeOrders">还没有预约过生活服务。</p>
          <ol className="my-cases" data-list="lifeOrders" />
          <p>
            <a href="/life/">预约家政、维修、养老等生活服务</a>
          </p>
        </section>

        <section aria-labelledby="followed-title">
          <h2 id="followed-title">我关注的诉求</h2>
          <p data-empty="followed">还没有关注别人反映的诉求。在网上12345提交时，遇到相同的问题可以关注它，办结时会给您发短信。</p>
          <ol className="my-cases" data-list="followed" />
        </section>

        <section aria-labelledby="ratings-title">
          <h2 id="ratings-title">我的评价</h2>
          <p data-empty="ratings">还没有评价。</p>
          <ol className="my-cases" data-list="ratings" />
        </section>

        <section aria-labelledby="messages-title">
          <h2 id="messages-title">我的消息</h2>
          <p data-empty="messages">还没有消息。</p>
          <ol className="my-cases" data-list="messages" />
        </section>

        <section aria-labelledby="real-name-title">
          <h2 id="real-name-title">实名信息</h2>
          <p>填写姓名和身份证号码后，我们会与人口基础信息库核对；申请办事时会自动为您填好。</p>
          <form method="post" action={`${api}/api/residents/me/real-name`} encType="multipart/form-data" noValidate data-my-form="real-name">
            <TextInput field="name" label="姓名" autoComplete="name" width={10} />
            <TextInput field="idNumber" label="公民身份号码" hint="18位，最后一位可能是X。" width={20} spellCheck={false} />
            <Choices
              field="consent"
              label="敏感个人信息单独同意"
              multiple
              options={[{ label: '我同意一站通按《个人信息保护说明》处理我的身份证号码', value: 'on' }]}
            />
            <button type="submit" className="button">
              保存实名信息
            </button>
          </form>
        </section>

        <section aria-labelledby="code-title">
          <h2 id="code-title">确认身份用的验证码</h2>
          <p>设置密码、注销账号前需要确认是您本人：填写当前密码，或者用发到您手机上的验证码。</p>
          <form method="post" action={`${api}/api/residents/code`} encType="multipart/form-data" data-my-form="code">
            <p className="callout callout--warning" data-demo-code hidden />
            <button type="submit" className="button button--secondary">
              发送验证码到我的手机
            </button>
          </form>
        </section>

        <section aria-labelledby="password-title">
          <h2 id="password-title">登录密码</h2>
          <p>设置密码后，也可以用手机号码和密码登录。密码至少10位，并且要同时包含字母和数字。</p>
          <form method="post" action={`${api}/api/residents/me/password`} encType="multipart/form-data" noValidate data-my-form="password">
            <div className="form-group" data-field="password">
              <label className="label" htmlFor="new-password">
                新密码
              </label>
              <input className="input input--width-20" id="new-password" name="password" type="password" autoComplete="new-password" />
            </div>
            <Confirmation prefix="password" />
            <button type="submit" className="button">
              保存密码
            </button>
          </form>
        </section>

        <section aria-labelledby="data-title">
          <h2 id="data-title">我的数据</h2>
          <p>下载我们保存的关于您的全部信息：账号、同意记录、与账号关联的申请和诉求、发给您的短信。</p>
          <p>
            <a className="button button--secondary" href={`${api}/api/residents/me/export`} download>
              下载我的数据
            </a>
          </p>
        </section>

        <section aria-labelledby="close-title">
          <h2 id="close-title">注销账号</h2>
          <p>
            注销后，所有设备上的登录退出，手机号码、姓名、身份证号码等个人信息删除，不能恢复。已经提交的申请和诉求作为政务办理记录保留，不再与账号关联。
          </p>
          <form method="post" action={`${api}/api/residents/me/close`} encType="multipart/form-data" noValidate data-my-form="close">
            <Confirmation prefix="close" />
            <button type="submit" className="button button--warning">
              注销账号
            </button>
          </form>
        </section>
      </div>
      <script type="module" src={assetUrl('my.js')} />
    </Layout>
  )
}
