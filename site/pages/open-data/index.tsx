import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { Layout } from '../../components/Layout'
import { dateText } from '../../lib/dates'
import { openData } from '../../lib/publicData'
import type { SnapshotOpenData } from '../../lib/snapshot'

export const config = { unstable_runtimeJS: false }

export const getStaticProps: GetStaticProps<SnapshotOpenData> = () => ({ props: openData() })

const size = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`)
const FORMATS = { csv: 'CSV（UTF-8）', json: 'JSON' } as const

/** 开放数据: the daily anonymised export of the work orders, its schema and licence. */
export default function OpenData({ files, schema }: SnapshotOpenData) {
  return (
    <Layout title="开放数据" description="12345热线工单的每日匿名数据，CSV 和 JSON 格式，可自由下载使用。" crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}>
      <h1>开放数据</h1>
      <p>
        每天夜间导出全部12345热线工单的匿名数据，字段按 Open311 GeoReport v2 的服务请求：工单编号、状态、相关事项、受理时间、更新时间、应办结时间、承办单位和区、街道、社区的区划代码。不含诉求内容、地址、坐标、照片和来电人信息；来电人要求保密的工单不导出。
      </p>
      <p>
        每条记录的格式见 <a href={`${PORTAL_PATHS.openData()}${schema}`}>JSON Schema（{schema}）</a>。
      </p>
      {files.length === 0 ? (
        <p>今晚生成第一份数据后，可在这里下载。</p>
      ) : (
        <table>
          <caption>可下载的文件（保留最近7天）</caption>
          <thead>
            <tr>
              <th scope="col">日期</th>
              <th scope="col">格式</th>
              <th scope="col">大小</th>
              <th scope="col">下载</th>
            </tr>
          </thead>
          <tbody>
            {files.map((file) => (
              <tr key={file.name}>
                <td>{dateText(file.date)}</td>
                <td>{FORMATS[file.format]}</td>
                <td>{size(file.bytes)}</td>
                <td>
                  <a href={`${PORTAL_PATHS.openData()}${file.name}`} download>
                    {file.name}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>许可：本数据按“知识共享 署名 4.0 国际”（CC BY 4.0）许可开放，使用时请注明来源。</p>
    </Layout>
  )
}
