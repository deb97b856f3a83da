import { GUIDE_SECTIONS } from '../../../collections/GuideCorrections/sections'
import { ErrorSlot, ErrorSummary, Hint, TextArea, TextInput } from '../form/Fields'

/** Where a guide's feedback goes: the guide's own endpoints on the platform. */
export const feedbackUrl = (api: string, code: string, what: 'corrections' | 'helpful'): string => `${api}/api/services/${code}/${what}`

/**
 * 这个页面对您有帮助吗？ and 我要纠错 at the foot of every guide: plain forms
 * that post to the platform and get a page back, which
 * site/client/guideFeedback.ts turns into answers in place when JavaScript
 * runs. Multipart, the encoding the platform's endpoints read.
 */
export function GuideFeedback({ api, code }: { api: string; code: string }) {
  return (
    <section aria-labelledby="feedback-title" className="guide-feedback" data-guide-feedback>
      <h2 id="feedback-title">这个页面对您有帮助吗？</h2>
      <form method="post" action={feedbackUrl(api, code, 'helpful')} encType="multipart/form-data" noValidate data-helpful-form>
        <TextArea field="comment" label="没有帮助的话，缺少什么或哪里看不懂？" optional hint="不超过200字，请不要填写个人信息。点“有帮助”时不会提交。" rows={2} />
        <div className="guide-feedback__helpful">
          <button type="submit" name="helpful" value="yes" className="button button--secondary">
            有帮助
          </button>
          <button type="submit" name="helpful" value="no" className="button button--secondary">
            没有帮助
          </button>
        </div>
      </form>
      <p role="status" data-helpful-status />

      <details className="guide-feedback__correction" data-correction>
        <summary>我要纠错</summary>
        <p>发现指南里的内容与实际办理不一致，请告诉我们。指南的主管部门会在3个工作日内核实处理。</p>
        <ErrorSummary id="correction-errors" />
        <form method="post" action={feedbackUrl(api, code, 'corrections')} encType="multipart/form-data" noValidate data-correction-form>
          <div className="form-group" data-field="section">
            <label className="label" htmlFor="section">
              哪部分内容有误
            </label>
            <Hint field="section" />
            <ErrorSlot field="section" />
            <select className="select" id="section" name="section" defaultValue="">
              <option value="">请选择</option>
              {Object.entries(GUIDE_SECTIONS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <TextArea field="description" label="哪里有误，正确的应该是什么" hint="不超过500字。请不要填写身份证号等个人信息。" rows={4} />
          <TextInput field="phone" label="联系电话" optional hint="留下电话，处理结果会以短信告诉您。" type="tel" inputMode="tel" autoComplete="tel" width={20} />
          <button type="submit" className="button">
            提交纠错
          </button>
        </form>
        <p role="status" data-correction-status />
      </details>
    </section>
  )
}
