import { PLEDGE_SECTIONS, PLEDGE_VERSION } from '../../BoardMembers/pledge'
import { NICKNAME_LENGTH } from '../../BoardMembers'
import { PORTAL_PATHS } from '../../catalogue/portalPaths'
import { boardTrail } from '../../community/pages/crumbs'
import type { PageContext } from '../../community/pages/route'
import { MEMBER_STATUSES } from '../../community/words'
import { listCommunities } from '../../Divisions/lookup'
import { html, type Html, htmlPage } from '../../endpoints/htmlAnswer'
import { relationId } from '../../relations'
import type { Resident } from '../../../cms/payload-types'
import { readerOf } from './parts'

/** `/community/rules/`: 论坛公约, its version, in plain words. */
export async function rulesPage(): Promise<Response> {
  return htmlPage({
    title: '社区论坛公约',
    crumbs: boardTrail(),
    body: html`<h1>社区论坛公约</h1><p class="hint">版本 ${PLEDGE_VERSION}</p>
${PLEDGE_SECTIONS.map((section) => html`<h2>${section.heading}</h2>${section.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}`)}
<p><a href="${PORTAL_PATHS.communityJoin()}">加入社区论坛</a></p>`,
  })
}

const nicknameField = (): Html =>
  html`<div class="form-group"><label class="label" for="nickname">昵称</label><p class="hint" id="nickname-hint">发言时别人只看到昵称。${NICKNAME_LENGTH.min}到${NICKNAME_LENGTH.max}个字，可用汉字、字母、数字，不能用电话号码等个人信息。</p><input class="input input--width-20" id="nickname" name="nickname" minlength="${NICKNAME_LENGTH.min}" maxlength="${NICKNAME_LENGTH.max}" required aria-describedby="nickname-hint"></div>`

const pledgeField = (): Html =>
  html`<div class="form-group"><div class="choice"><input id="pledge" type="checkbox" name="pledge" value="on" required><label for="pledge">我已阅读并同意<a href="${PORTAL_PATHS.communityRules()}">论坛公约</a>（版本 ${PLEDGE_VERSION}）</label></div></div>`

/** The join form: at once for a resident the population base places in a community; otherwise a request the 居委会 confirms. */
async function joinForm(req: PageContext['req'], resident: Resident): Promise<Html> {
  const personId = resident.realName?.status === 'verified' ? relationId(resident.realName.person) : undefined
  const person = personId ? await req.payload.findByID({ collection: 'persons', id: personId, depth: 0, select: { scope: true }, overrideAccess: true, disableErrors: true, req }) : null
  const home = person?.scope?.community
  const communities = await listCommunities(req.payload, req)
  const homeName = communities.find((community) => community.code === home)?.name
  if (home && homeName) {
    return html`<p>根据人口库登记，您住在<strong>${homeName}</strong>。填写昵称、同意公约后即可加入本社区论坛。</p>
<form method="post" action="/api/community/join" enctype="multipart/form-data"><input type="hidden" name="community" value="${home}">${nicknameField()}${pledgeField()}<button type="submit" class="button">加入论坛</button></form>`
  }
  return html`<p>${resident.realName?.name ? '人口库里没有查到您的居住社区。' : html`请先在<a href="${PORTAL_PATHS.my()}">我的</a>中填写实名信息。`}您可以申请由社区居委会确认您住在这个社区，确认后即可发言。</p>
<form method="post" action="/api/community/join" enctype="multipart/form-data"><input type="hidden" name="askCommittee" value="on">
<div class="form-group"><label class="label" for="community">居住的社区</label><select class="select" id="community" name="community" required>${communities.map((community) => html`<option value="${community.code}">${community.name}</option>`)}</select></div>
${nicknameField()}${pledgeField()}<button type="submit" class="button">申请居委会确认</button></form>`
}

/** `/community/join/`: sign in first; a member sees where they stand; anyone else gets the form. */
export async function joinPage({ req }: PageContext): Promise<Response> {
  const reader = await readerOf(req)
  const body = !reader.resident
    ? html`<p>加入社区论坛需要先<a href="${PORTAL_PATHS.mySignIn(PORTAL_PATHS.communityJoin())}">登录</a>并完成实名核验。</p>`
    : reader.member
      ? html`<p>您在${reader.home?.name ?? '社区论坛'}的昵称是“${reader.member.nickname}”，状态：${MEMBER_STATUSES[reader.member.status ?? 'active']}。</p>${reader.home ? html`<p><a href="${PORTAL_PATHS.communityBoard(reader.home.code!)}">进入${reader.home.name}</a></p>` : ''}`
      : await joinForm(req, reader.resident)
  return htmlPage({ title: '加入社区论坛', crumbs: boardTrail(), body: html`<h1>加入社区论坛</h1><p>社区论坛实行“后台实名、前台昵称”：您的实名只用来确认您住在本社区，发言时只显示昵称。</p>${body}` })
}
