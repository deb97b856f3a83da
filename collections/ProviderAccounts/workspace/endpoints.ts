import type { Endpoint } from 'payload'

import { html } from '../../endpoints/htmlAnswer'
import { companyEndpoints } from './company'
import { workspaceGet, workspacePage } from './frame'
import { orderEndpoints } from './orders'
import { priceEndpoints } from './prices'
import { workerEndpoints } from './workers'

/** `GET …/workspace/password`: change the account's password (posted to /api/provider-accounts/me/password). */
const passwordPage = workspaceGet('/workspace/password', (_req, workspace) =>
  workspacePage(
    workspace,
    'password',
    '修改密码',
    html`<p>新密码至少10位，同时包含字母和数字。修改后，其他设备上的登录会退出。</p>
<form method="post" action="/api/provider-accounts/me/password" enctype="multipart/form-data">
<input type="text" name="username" value="${workspace.account.username ?? ''}" autocomplete="username" hidden>
<div class="form-group"><label class="label" for="current-password">当前密码</label><input class="input input--width-20" id="current-password" name="currentPassword" type="password" autocomplete="current-password"></div>
<div class="form-group"><label class="label" for="new-password">新密码</label><input class="input input--width-20" id="new-password" name="password" type="password" autocomplete="new-password"></div>
<button type="submit" class="button">修改密码</button></form>`,
  ),
)

/** The workspace's pages and forms, under /api/provider-accounts/workspace/. */
export const workspaceEndpoints: Endpoint[] = [...orderEndpoints, ...priceEndpoints, ...workerEndpoints, ...companyEndpoints, passwordPage]
