import type { GetStaticPaths, GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../../collections/catalogue/portalPaths'
import { Layout } from '../../../components/Layout'
import { priceText, ratingText } from '../../../../collections/lifeServices/words'
import { Tag } from '../../../components/life/LifeParts'
import { PhoneLink } from '../../../components/PhoneLink'
import { lifeServices, type SnapshotLifeCategory, type SnapshotLifeProvider } from '../../../lib/catalogue'
import { dateText, dateTimeText } from '../../../lib/dates'
import { apiOrigin } from '../../../lib/site'

export const config = { unstable_runtimeJS: false }

type Props = { api: string; categories: SnapshotLifeCategory[]; provider: SnapshotLifeProvider }

/** The booking form of one item (collections/LifeOrders/endpoints.ts); it asks residents to sign in first. */
const bookingPath = (itemId: string) => `/api/life/book?item=${encodeURIComponent(itemId)}`

export const getStaticPaths: GetStaticPaths = () => ({
  paths: lifeServices().providers.map((provider) => ({ params: { id: provider.id } })),
  fallback: false,
})

export const getStaticProps: GetStaticProps<Props, { id: string }> = ({ params }) => {
  const { categories, providers } = lifeServices()
  const provider = providers.find((each) => each.id === params?.id)
  if (!provider) return { notFound: true }
  return { props: { api: apiOrigin(), categories: categories.filter((category) => provider.categories.includes(category.code)), provider } }
}

function Facts({ provider }: { provider: SnapshotLifeProvider }) {
  return (
    <dl className="contacts">
      <div>
        <dt>统一社会信用代码</dt>
        <dd>{provider.creditCode}</dd>
      </div>
      <div>
        <dt>服务电话</dt>
        <dd>
          <PhoneLink number={provider.servicePhone} />
        </dd>
      </div>
      <div>
        <dt>地址</dt>
        <dd>{provider.address}</dd>
      </div>
      <div>
        <dt>服务区域</dt>
        <dd>{provider.areas.join('、')}</dd>
      </div>
      <div>
        <dt>评价</dt>
        <dd>{ratingText(provider.rating)}</dd>
      </div>
      <div>
        <dt>证照</dt>
        <dd>{provider.licences.length ? provider.licences.map((licence) => `${licence.kind}（${licence.validUntil ? `有效期至${dateText(licence.validUntil)}` : '长期有效'}）`).join('；') : '—'}</dd>
      </div>
      <div>
        <dt>加盟协议</dt>
        <dd>{provider.contractValidUntil ? `有效期至${dateText(provider.contractValidUntil)}` : '—'}</dd>
      </div>
    </dl>
  )
}

/** One category's part of the price list, each item with what it includes and a 预约 link while the provider takes orders. */
function PriceList({ api, category, provider }: { api: string; category: SnapshotLifeCategory; provider: SnapshotLifeProvider }) {
  const items = provider.items.filter((item) => item.category === category.code)
  if (!items.length) return null
  return (
    <section aria-labelledby={`items-${category.code}`}>
      <h3 id={`items-${category.code}`}>
        <a href={PORTAL_PATHS.lifeCategory(category.code)}>{category.name}</a>
      </h3>
      <ul className="card-list">
        {items.map((item) => (
          <li key={item.id}>
            <h4>{item.name}</h4>
            <p>
              价格：{priceText(item.price, item.unit)}
              {item.durationHours ? `，约${item.durationHours}小时` : ''}
            </p>
            <p>包含：{item.included}</p>
            {item.excluded && <p>不含：{item.excluded}</p>}
            {!provider.suspended && (
              <p>
                <a className="button" href={`${api}${bookingPath(item.id)}`}>
                  预约<span className="visually-hidden">{item.name}</span>
                </a>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** A provider residents may see: who they are, what they charge, and any public sanction; suspended ones take no bookings. */
export default function LifeProviderPage({ api, categories, provider }: Props) {
  return (
    <Layout
      title={provider.name}
      description={`${provider.name}：服务类别、价格、服务区域和评价。`}
      crumbs={[
        { href: PORTAL_PATHS.home(), label: '首页' },
        { href: PORTAL_PATHS.life(), label: '生活服务' },
      ]}
    >
      <h1>{provider.name}</h1>
      {provider.suspended && (
        <div className="callout" role="note">
          <Tag text="暂停接单" />
          <p>{provider.statusNote ?? '该企业已被暂停接单'}。暂停期间不能预约。</p>
        </div>
      )}
      {provider.introduction && <p className="lead">{provider.introduction}</p>}
      <p>服务类别：{categories.map((category) => category.name).join('、')}</p>
      <Facts provider={provider} />
      <h2>服务项目和价格</h2>
      {provider.items.length ? categories.map((category) => <PriceList key={category.code} api={api} category={category} provider={provider} />) : <p>暂无可预约的服务项目。</p>}
      {provider.sanctions.length > 0 && (
        <>
          <h2>处理记录</h2>
          <ul>
            {provider.sanctions.map((sanction) => (
              <li key={`${sanction.date}-${sanction.label}`}>
                {dateTimeText(sanction.date)} {sanction.label}
                {sanction.note ? `：${sanction.note}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  )
}
