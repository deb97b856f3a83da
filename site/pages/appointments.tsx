import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { Layout } from '../components/Layout'
import { PhoneLink } from '../components/PhoneLink'
import { catalogue } from '../lib/catalogue'
import { apiOrigin, HOTLINE } from '../lib/site'

export const config = { unstable_runtimeJS: false }

type Props = { api: string; services: { code: string; title: string }[] }

/** The guides done at a centre's counter (办理方式 窗口办理): what can be booked. */
export const getStaticProps: GetStaticProps<Props> = () => ({
  props: {
    api: apiOrigin(),
    services: catalogue()
      .services.filter((service) => service.kind === 'counter')
      .map(({ code, title }) => ({ code, title })),
  },
})

/**
 * 预约: choose a counter service; the next steps (centre, day and time) and
 * the booking are pages of the API (collections/Appointments/endpoints),
 * plain forms that need no JavaScript, for signed-in residents.
 */
export default function AppointmentsPage({ api, services }: Props) {
  return (
    <Layout title="预约现场办理" description="预约到服务中心窗口办理的时间，到场凭二维码签到，少排队。" crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}>
      <h1>预约现场办理</h1>
      <p className="lead">需要到服务中心窗口办理的事项，可以先预约日期和时段，到场出示二维码签到。预约需要先登录。</p>
      <form method="get" action={`${api}/api/appointments/book`}>
        <div className="form-group">
          <label className="label" htmlFor="service">
            要办理的事项
          </label>
          <select className="select" id="service" name="service" defaultValue="">
            <option value="">请选择</option>
            {services.map((service) => (
              <option key={service.code} value={service.code}>
                {service.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          下一步
        </button>
      </form>
      <p>
        <a href={`${api}/api/appointments/mine`}>查看、改约或取消我的预约</a>
      </p>
      <p>
        不方便上网的，可以拨打 <PhoneLink number={HOTLINE} /> 请热线代为预约。
      </p>
    </Layout>
  )
}
