import { FILE_ACCEPT, FILE_RULES_TEXT, fieldId } from '../../../site/lib/forms'
import { html, htmlPage } from '../../endpoints/htmlAnswer'
import { reviewSections } from '../form/review'
import type { ApplicationInput, FormDefinition } from '../form/validate'
import type { ReuseChoice } from '../reuse/sources'

const hidden = (name: string, value: string) => html`<input type="hidden" name="${name}" value="${value}">`

/**
 * What the page confirms and where 确认提交 posts it: one service's form
 * (`/api/applications/submit`, `serviceCode`) or a 一件事's merged form
 * (`/api/applications/submit-bundle`, `bundleCode`). `subject` is the
 * lead's words for it (申请事项：…, 一件事：…).
 */
export type CheckTarget = { action: string; names: Record<string, string>; subject: string }

/** The application as the named controls of the apply page (lib/readInput.ts and reuse/submit.ts read them back). */
function hiddenFields(target: CheckTarget, input: ApplicationInput, reuse: ReuseChoice) {
  const { applicant, party } = input
  return [
    ...(reuse.consent ? [hidden('reuse.consent', 'yes')] : []),
    ...reuse.commitments.map((index) => hidden('reuse.commitments', String(index))),
    ...Object.entries(target.names).map(([name, value]) => hidden(name, value)),
    hidden('divisionCode', input.divisionCode),
    ...Object.entries(applicant).map(([key, value]) => hidden(`applicant.${key}`, value)),
    ...(party ? Object.entries(party).map(([key, value]) => hidden(`party.${key}`, value)) : []),
    ...Object.entries(input.answers).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((each) => hidden(`answers.${name}`, each))),
  ]
}

/**
 * 核对您填写的内容 for a browser without JavaScript: every answer listed,
 * the same answers in hidden fields, and 确认提交, which posts them (nothing
 * is stored before). Files cannot be carried over in a page, so the
 * materials are chosen here, on the confirming step, and go through the
 * same checks as ever. The reuse chosen (免提交, 告知承诺) is carried in
 * hidden fields too, and `definition` has those uploads made optional.
 */
export function checkAnswersPage(
  target: CheckTarget,
  definition: FormDefinition,
  input: ApplicationInput,
  communityName: (code: string) => string,
  reuse: ReuseChoice,
): Promise<Response> {
  const title = '核对您填写的内容'
  const sections = reviewSections(definition, input, communityName)
  const body = html`<h1>${title}</h1>
<p class="lead">${target.subject}。请核对下面的内容，确认无误后按“确认提交”。</p>
${sections.map(
  (section) => html`<h2>${section.title}</h2>
<dl class="summary-list">${section.rows.map((row) => html`<div><dt>${row.label}</dt><dd>${row.value}</dd></div>`)}</dl>`,
)}
<h2>返回修改</h2>
<p>要修改，请按浏览器的“返回”键回到上一页，您填写的内容还在。</p>
<form method="post" action="${target.action}" enctype="multipart/form-data" class="application-form">
${hiddenFields(target, input, reuse)}
${definition.uploads.length > 0
  ? html`<h2>上传材料</h2>
<p class="hint">上一页选择的文件不会带到这一页，请在这里选择要上传的材料。${FILE_RULES_TEXT}。</p>
${definition.uploads.map(
  (upload, index) => html`<div class="form-group"><label class="label" for="${fieldId(`uploads.${index}`)}">${upload.material}${upload.required ? '' : html`<span class="optional">（选填）</span>`}</label>
<input class="file-input" id="${fieldId(`uploads.${index}`)}" name="upload-${index}" type="file" accept="${FILE_ACCEPT}" multiple></div>`,
)}`
  : null}
<button type="submit" class="button">确认提交</button>
</form>`
  return htmlPage({ title, body })
}
