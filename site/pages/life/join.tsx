import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { LICENCE_KIND_LABELS } from '../../../collections/Providers/states'
import { Choices, TextInput } from '../../components/form/Fields'
import { Layout } from '../../components/Layout'
import { CommunitySelect } from '../../components/life/LifeParts'
import { PhoneLink } from '../../components/PhoneLink'
import { catalogue, lifeServices, type SnapshotDistrict, type SnapshotLifeCategory } from '../../lib/catalogue'
import { apiOrigin, HOTLINE } from '../../lib/site'

export const config = { unstable_runtimeJS: false }

type Props = { api: string; categories: SnapshotLifeCategory[]; districts: SnapshotDistrict[] }

/** How many licence rows the form offers; a row left empty is no licence. */
const LICENCE_ROWS = 3

/** Where the form posts (collections/Providers/endpoints/apply.ts), which answers the browser with a page. */
const APPLY_PATH = '/api/life/providers/apply'

export const getStaticProps: GetStaticProps<Props> = () => ({
  props: { api: apiOrigin(), categories: lifeServices().categories, districts: catalogue().divisions },
})

/** One licence: kind, number, validity. The three names repeat per row; the endpoint pairs them by position. */
function LicenceRow({ index }: { index: number }) {
  const id = (name: string) => `licence-${index}-${name}`
  return (
    <fieldset className="fieldset">
      <legend className="legend">证照 {index + 1}</legend>
      <div className="form-group">
        <label className="label" htmlFor={id('kind')}>
          种类
        </label>
        <select className="select" id={id('kind')} name="licenceKind" defaultValue={index === 0 ? 'businessLicence' : 'liabilityInsurance'}>
          {Object.entries(LICENCE_KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="label" htmlFor={id('number')}>
          证号或保单号
        </label>
        <input className="input input--width-20" id={id('number')} name="licenceNumber" type="text" autoComplete="off" />
      </div>
      <div className="form-group">
        <label className="label" htmlFor={id('valid')}>
          有效期至（选填，如 2028-12-31）
        </label>
        <input className="input input--width-10" id={id('valid')} name="licenceValidUntil" type="text" autoComplete="off" />
      </div>
    </fieldset>
  )
}

/**
 * 加盟申请: a provider applies to join, a plain multipart form post that
 * works without JavaScript; the endpoint answers with a page saying what
 * happens next, or with the problems to correct.
 */
export default function LifeJoinPage({ api, categories, districts }: Props) {
  const areas = districts.flatMap((district) => [
    { label: `${district.name}（全区）`, value: district.code },
    ...district.streets.map((street) => ({ label: `${district.name} ${street.name}`, value: street.code })),
  ])
  return (
    <Layout
      title="生活服务加盟申请"
      description="家政、维修、养老护理等生活服务企业申请加入平台。"
      crumbs={[
        { href: PORTAL_PATHS.home(), label: '首页' },
        { href: PORTAL_PATHS.life(), label: '生活服务' },
      ]}
    >
      <h1>生活服务加盟申请</h1>
      <p className="lead">企业提交申请后，由生活服务监管人员审核证照和服务能力，结果短信通知联系人。审核通过后，用这里设置的用户名和密码登录企业工作台。</p>
      <form method="post" action={`${api}${APPLY_PATH}`} encType="multipart/form-data">
        <h2>企业信息</h2>
        <TextInput field="name" label="企业名称" autoComplete="organization" />
        <TextInput field="creditCode" label="统一社会信用代码" hint="18位，见营业执照。" width={20} spellCheck={false} />
        <TextInput field="legalRepresentative" label="法定代表人" width={10} />
        <TextInput field="address" label="经营地址" autoComplete="street-address" />
        <CommunitySelect districts={districts} field="community" label="注册所在社区" />
        <TextInput field="servicePhone" label="服务电话" hint="公开在平台上，供居民联系。" type="tel" width={20} />
        <TextInput field="contactName" label="联系人" width={10} />
        <TextInput field="contactPhone" label="联系人手机" hint="接收审核结果和派单短信，不公开。" type="tel" inputMode="numeric" width={20} />
        <h2>服务</h2>
        <Choices field="categories" label="服务类别" multiple options={categories.map((category) => ({ label: category.name, value: category.code }))} />
        <Choices field="areas" label="服务区域" hint="可以选多项。选了区即服务全区。" multiple options={areas} />
        <TextInput field="capacity" label="每个时段最多接单数" hint="1到500之间的整数。" inputMode="numeric" width={5} defaultValue="5" />
        <h2>证照与保险</h2>
        <p>请至少填写营业执照，有行业许可证、责任保险的一并填写。</p>
        {Array.from({ length: LICENCE_ROWS }, (_, index) => (
          <LicenceRow key={index} index={index} />
        ))}
        <Choices field="standardsAccepted" label="服务承诺" multiple options={[{ label: '已阅读并承诺遵守所选类别的服务标准和平台服务规范', value: 'on' }]} hint="各类别的服务标准见生活服务页面。" />
        <h2>企业工作台账号</h2>
        <TextInput field="username" label="用户名" hint="4到30位字母、数字、- 或 _，以字母开头。" autoComplete="username" width={20} spellCheck={false} />
        <div className="form-group" data-field="password">
          <label className="label" htmlFor="password">
            密码
          </label>
          <p className="hint" id="password-hint">
            密码至少10位，并且要同时包含字母和数字。
          </p>
          <input className="input input--width-20" id="password" name="password" type="password" autoComplete="new-password" aria-describedby="password-hint" />
        </div>
        <button type="submit" className="button">
          提交申请
        </button>
      </form>
      <p>
        有疑问请拨打 <PhoneLink number={HOTLINE} />。
      </p>
    </Layout>
  )
}
