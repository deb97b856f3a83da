import { PORTAL_PATHS } from '../../../../collections/catalogue/portalPaths'
import { TextInput } from '../../../components/form/Fields'
import { Layout } from '../../../components/Layout'
import { PhoneLink } from '../../../components/PhoneLink'
import { HOTLINE } from '../../../lib/site'

export const config = { unstable_runtimeJS: false }

/** Where the form sends the number: the server turns it into the worker's own page (collections/Workers/verification.ts). */
const LOOKUP_ACTION = `${PORTAL_PATHS.lifeWorker()}check/`

/**
 * 服务人员核验: a resident types the card number of the worker at the door
 * (or scans the card's QR code, which opens the worker's page directly) and
 * sees the card's colour as of today. A plain GET form: no JavaScript.
 */
export default function LifeWorkersPage() {
  return (
    <Layout
      title="核验上门服务人员"
      description="输入上门服务人员服务卡上的卡号，查看服务卡是绿码、黄码还是红码。"
      crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}
    >
      <h1>核验上门服务人员</h1>
      <p className="lead">开门前，请上门服务人员出示服务卡。用手机扫描卡上的二维码，或在下面输入卡号，查看服务卡的颜色。</p>
      <form className="lookup-form" method="get" action={LOOKUP_ACTION}>
        <TextInput field="n" label="服务卡号" hint="卡号以 FW 开头，共10位字母和数字，如 FW7K3MQ9XA，不区分大小写。" width={20} spellCheck={false} autoComplete="off" />
        <button type="submit" className="button">
          核验
        </button>
      </form>
      <ul>
        <li>
          <strong>绿码</strong>：证件齐全有效，可以上门服务。
        </li>
        <li>
          <strong>黄码</strong>：有证件将在30天内到期，到期前仍可上门服务。
        </li>
        <li>
          <strong>红码</strong>：证件过期、被暂停服务或已离职，请勿让其上门。
        </li>
      </ul>
      <p>核验只显示服务人员的部分姓名、所属企业、服务类别和评价，不显示其他个人信息。</p>
      <p>
        发现可疑人员，请拨打 <PhoneLink number={HOTLINE} />。
      </p>
    </Layout>
  )
}
