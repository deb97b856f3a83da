import type { PayloadRequest } from 'payload'
import type { ReactElement } from 'react'
import type * as ReactDomServerModule from 'react-dom/server'

import { divisionTree } from '../../../cms/publish/snapshot/divisionTree'
import { ApplyForm } from '../../../site/components/apply/ApplyForm'
import { Html, html, htmlPage } from '../../endpoints/htmlAnswer'
import type { PublishedForm } from '../form/definition'
import { commitmentWords, type Prefill, type ReusableForm, type ReusableMaterial } from './sources'

/**
 * 使用平台已有的信息 without JavaScript: the apply form posted to the prefill
 * endpoint comes back as the same form (the portal's own components,
 * site/components/apply/ApplyForm.tsx), rendered by the server with what the
 * platform knows filled in — the applicant, the community, the prefilled
 * answers, the materials it holds marked 免提交 instead of asked for, and the
 * consent carried on in `reuse.consent` — posting on to the check step.
 */

/** The apply page the form is on: one service's, or a 一件事's merged form. */
export type FormPage = { bundle: boolean; code: string; definition: PublishedForm }

type ReactDomServer = typeof ReactDomServerModule

/**
 * react-dom/server as Node loads it: Next keeps it out of route handlers
 * (they run React's server-components build), so it is imported past the
 * bundler. The form's components use no hooks, so the elements they make
 * render the same with Node's React.
 */
async function staticMarkup(element: ReactElement): Promise<string> {
  const server = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ 'react-dom/server')) as ReactDomServer & { default?: ReactDomServer }
  return (server.default ?? server).renderToStaticMarkup(element)
}

/** The districts, streets and communities to choose from, as the portal's snapshot has them. */
async function districtsOf(req: PayloadRequest) {
  const { docs } = await req.payload.find({ collection: 'divisions', pagination: false, depth: 0, select: { code: true, level: true, name: true }, req })
  return divisionTree(docs)
}

/** The guide's materials as the form words them: a commitment in its own or the standard words. */
const pageMaterials = (materials: ReusableForm['materials']): ReusableMaterial[] =>
  (materials ?? []).map((material) => ({ ...material, commitmentText: material.commitmentAllowed ? commitmentWords(material) : null }))

/** The form again, filled in: 继续 posts it to the check step as from the portal. */
export async function filledFormPage(req: PayloadRequest, form: ReusableForm, page: FormPage, prefill: Prefill): Promise<Response> {
  const title = page.bundle ? `一次申请：${form.title}` : `在线办理：${form.title}`
  const markup = await staticMarkup(
    <ApplyForm api="" bundle={page.bundle} code={page.code} definition={page.definition} districts={await districtsOf(req)} filled={prefill} reusable={pageMaterials(form.materials)} />,
  )
  const body = html`<div data-application><h1>${title}</h1>
<p class="lead" data-filled>已用平台已有的信息为您填写了下面的申请表。请核对，补全其余内容，然后按“继续”。</p>
${new Html(markup)}</div>`
  return htmlPage({ title, body })
}
