import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { PRIVACY_NOTICE_VERSION } from '../../collections/Residents/lib/notice'
import { Layout } from '../components/Layout'
import { PhoneLink } from '../components/PhoneLink'
import { HOTLINE } from '../lib/site'

export const config = { unstable_runtimeJS: false }

/**
 * 个人信息保护说明: what the platform collects from a resident with an
 * account, why, for how long, who sees it, and the resident's rights (PIPL).
 * Residents accept it at their first sign-in; its version is recorded with
 * the consent (PRIVACY_NOTICE_VERSION).
 */
export default function PrivacyNotice() {
  return (
    <Layout title="个人信息保护说明" description="一站通如何收集、使用和保护您的个人信息，以及您享有的权利。" crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}>
      <h1>个人信息保护说明</h1>
      <p className="lead">您用手机号码登录一站通时，我们会按本说明处理您的个人信息。请您仔细阅读；第一次登录时需要您同意本说明。</p>
      <p>版本：{PRIVACY_NOTICE_VERSION}</p>

      <h2>我们收集哪些信息</h2>
      <ul>
        <li>手机号码：用于登录和发送验证码、办理进度短信。</li>
        <li>登录时间和所用设备的登录记录：用于保障账号安全。</li>
        <li>
          姓名和公民身份号码（您自愿填写，需要另外单独同意）：用于核实您的身份，并在您申请办事时自动填好表格。身份证号码属于敏感个人信息，我们只在您单独同意后处理。
        </li>
        <li>您在网上提交的申请、诉求、评价和我们发给您的短信。</li>
      </ul>

      <h2>为什么收集</h2>
      <p>只为让您在网上办事、查进度、收通知，不用于广告或其他用途，也不出售给任何人。</p>

      <h2>保存多久</h2>
      <ul>
        <li>账号信息保存到您注销账号为止。注销后，手机号码、姓名、身份证号码等个人信息立即删除。</li>
        <li>获取了验证码但没有登录的，为这个手机号码准备的账号在一天后删除，发给它的验证码短信不再与任何账号关联。</li>
        <li>您已经提交的申请和诉求属于政务办理记录，依照档案管理规定保存；注销账号后，这些记录不再与您的账号关联。</li>
      </ul>

      <h2>谁能看到</h2>
      <ul>
        <li>办理您事项的工作人员只能看到办理所需的信息；手机号码和身份证号码打码显示，查看完整信息的每一次操作都记入审计日志。</li>
        <li>账号信息只有系统管理员可以查看。</li>
        <li>姓名和身份证号码会与政府人口基础信息库核对，核对结果只用于确认是您本人。</li>
      </ul>

      <h2>您的权利</h2>
      <ul>
        <li>查阅、复制：在“我的”页面可以查看您的信息，并下载我们保存的关于您的全部数据。</li>
        <li>更正：姓名、身份证号码填错了，可以在“我的”页面重新填写。</li>
        <li>删除、注销：在“我的”页面可以注销账号，注销后个人信息删除，所有设备上的登录退出。</li>
        <li>撤回同意：注销账号即撤回同意；撤回不影响之前已经办理的事项。</li>
      </ul>

      <h2>联系我们</h2>
      <p>
        对个人信息处理有疑问或投诉，请拨打政务服务便民热线 <PhoneLink number={HOTLINE} />，我们会在15个工作日内答复。
      </p>
      <p>
        <a href={PORTAL_PATHS.mySignIn()}>去登录</a>
      </p>
    </Layout>
  )
}
