import config from '@payload-config'
import { getPayload } from 'payload'

import { hasRealAdmin, isSetupTokenValid } from '../../../setup/firstAdmin'
import { SetupForm } from './SetupForm'

export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ token?: string | string[] }> }

/** `/setup?token=…`: create the first administrator with the link printed at start. */
export default async function SetupPage({ searchParams }: Props) {
  const { token } = await searchParams
  const payload = await getPayload({ config })

  if (await hasRealAdmin(payload)) {
    return (
      <>
        <h1>系统已设置管理员</h1>
        <p>
          请 <a href="/admin/login">登录管理后台</a>。如忘记密码，请联系其他管理员重置。
        </p>
      </>
    )
  }

  if (typeof token !== 'string' || !(await isSetupTokenValid(payload, token))) {
    return (
      <>
        <h1>需要一次性设置链接</h1>
        <p>系统还没有管理员。创建首个管理员需要服务启动时在终端显示的一次性链接。</p>
        <p>如果链接已使用或已过期，请重新启动服务获取新的链接；也可以设置环境变量 YIZHAN_ADMIN_USERNAME 和 YIZHAN_ADMIN_PASSWORD 后重新启动，自动创建管理员。</p>
      </>
    )
  }

  return (
    <>
      <h1>设置首个管理员</h1>
      <p>这个账号将管理全市的工作人员账号和区划。链接只能使用一次。</p>
      <SetupForm token={token} />
    </>
  )
}
