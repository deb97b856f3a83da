import { FOLLOW_UP_WORKING_DAYS, RATING_LABELS, type RatingLevel } from '../../../collections/casework/satisfaction'
import { TEXT_LIMITS } from '../../../collections/Applications/form/validate'
import { WITHDRAW_WORDS } from '../../../collections/Applications/residentWords'
import { DOWNLOAD_RESULT } from '../../../collections/ResultDocuments/states'
import { FILE_ACCEPT, FILE_RULES_TEXT } from '../../lib/forms'
import { HOTLINE } from '../../lib/site'
import { Choices, ErrorSummary, FileInput, TextArea } from '../form/Fields'
import { PhoneLink } from '../PhoneLink'

const RATING_LEVELS: RatingLevel[] = [5, 4, 3, 2, 1]

/** One fact about the application; the script fills it and hides the row while it has no value. */
function Row({ label, name }: { label: string; name: string }) {
  return (
    <div data-row={name}>
      <dt>{label}</dt>
      <dd data-slot={name} />
    </div>
  )
}

/**
 * An application as its status query answers it: hidden until
 * site/client/track.ts has the answer (without JavaScript the server answers
 * with the same facts and forms as a page, collections/Applications/lib/statusPage.ts), which it writes into the `data-slot`
 * elements, showing the parts (`data-part`) the answer's `can` allows.
 */
export function StatusView() {
  return (
    <section className="status-view" data-status hidden aria-labelledby="status-title">
      <div className="notice" role="status" tabIndex={-1} data-action-message hidden />
      <h2 id="status-title" tabIndex={-1} data-slot="serviceTitle" />
      <p className="status-banner">
        当前状态：<strong className="status-tag" data-slot="statusLabel" />
      </p>
      <dl className="summary-list">
        <Row label="受理编号" name="trackingNumber" />
        <Row label="申请人" name="applicantName" />
        <Row label="当事人" name="partyName" />
        <Row label="办理地" name="handledWhere" />
        <Row label="提交时间" name="submittedAt" />
        <Row label="受理时间" name="acceptedAt" />
        <Row label="应办结日期" name="dueDate" />
        <Row label="办结时间" name="completedAt" />
      </dl>

      <section className="result" data-part="result" hidden aria-labelledby="result-title">
        <h3 id="result-title">办理结果</h3>
        <p className="result__outcome" data-slot="outcomeLabel" />
        <p className="pre-line" data-slot="resultNote" />
        <div className="result-document" data-part="resultDocument" hidden>
          <p data-slot="resultDocument" />
          {/* Posted as the browser posts any form (the script sets the address and the application's key): the answer is the file. */}
          <form className="action-form" method="post" encType="multipart/form-data" data-result-download>
            <input type="hidden" name="trackingNumber" />
            <input type="hidden" name="queryCode" />
            <button type="submit" className="button">
              {DOWNLOAD_RESULT}
            </button>
          </form>
        </div>
      </section>

      <div className="held-documents" data-part="heldDocuments" hidden>
        <p>通知书和文件：</p>
        <ul />
      </div>

      <section data-part="supplement" hidden aria-labelledby="supplement-title">
        <h3 id="supplement-title">补正材料</h3>
        <div className="callout">
          <p>
            <strong>工作人员的要求：</strong>
          </p>
          <p className="pre-line" data-slot="supplementNote" />
          <p className="hint">
            提出时间：<span data-slot="supplementRequestedAt" />
          </p>
        </div>
        <ErrorSummary id="supplement-errors" title="提交前请修改以下问题" />
        <form className="action-form" method="post" noValidate data-supplement-form>
          <p>按工作人员的要求上传材料，或写明补正的内容。</p>
          <FileInput field="files" name="files" label="补正材料" optional hint={`${FILE_RULES_TEXT}。可以一次选择多个文件。`} accept={FILE_ACCEPT} />
          <TextArea field="note" label="补正说明" optional hint={`最多${TEXT_LIMITS.note}字。`} rows={4} />
          <button type="submit" className="button" data-submit>
            提交补正材料
          </button>
        </form>
      </section>

      <section data-part="rate" hidden aria-labelledby="rate-title">
        <h3 id="rate-title">评价这次办理</h3>
        <p>您的评价会直接送到办理部门。不满意的，我们会在{FOLLOW_UP_WORKING_DAYS}个工作日内联系您。</p>
        <ErrorSummary id="rating-errors" title="提交前请修改以下问题" />
        <form className="action-form" method="post" noValidate data-rating-form>
          <Choices
            field="level"
            label="您对这次办理满意吗？"
            options={RATING_LEVELS.map((level) => ({ label: RATING_LABELS[level], value: String(level) }))}
          />
          <TextArea field="comment" label="意见和建议" optional hint={`最多${TEXT_LIMITS.comment}字。`} rows={4} />
          <button type="submit" className="button" data-submit>
            提交评价
          </button>
        </form>
      </section>

      <section data-part="rating" hidden aria-labelledby="rating-title">
        <h3 id="rating-title">您的评价</h3>
        <p>
          <strong data-slot="ratingLabel" />（<span data-slot="ratedAt" />）
        </p>
        <p className="pre-line" data-slot="ratingComment" />
      </section>

      <section data-part="withdraw" hidden aria-labelledby="withdraw-title">
        <h3 id="withdraw-title">撤回申请</h3>
        <p>{WITHDRAW_WORDS.explain}</p>
        <ErrorSummary id="withdraw-errors" title="没能撤回申请" />
        <p>
          <button type="button" className="button button--warning" data-withdraw-start>
            撤回申请
          </button>
        </p>
        <div className="confirm-box" data-withdraw-confirm hidden>
          <p id="withdraw-question" tabIndex={-1}>
            <strong>{WITHDRAW_WORDS.question}</strong>
            {WITHDRAW_WORDS.warning}
          </p>
          <p className="button-group">
            <button type="button" className="button button--warning" data-withdraw-yes>
              确定撤回
            </button>
            <button type="button" className="button button--secondary" data-withdraw-no>
              不撤回
            </button>
          </p>
        </div>
      </section>

      <h3>办理过程</h3>
      <ol className="timeline" data-timeline />

      <p>
        对办理有疑问，请拨打政务服务便民热线 <PhoneLink number={HOTLINE} />。
      </p>
      <p>
        <button type="button" className="button button--secondary" data-lookup-again>
          查询其他申请
        </button>
      </p>
    </section>
  )
}

