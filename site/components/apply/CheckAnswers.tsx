/**
 * 核对您填写的内容, the script's check step: filled in by
 * site/client/apply.ts from the form (each answer with a 修改 link back to
 * its question) before 确认提交 sends it. Without JavaScript the server
 * answers the form's 继续 with the same list as a page (lib/checkPage.ts).
 */
export function CheckAnswers() {
  return (
    <section className="check-answers" aria-labelledby="check-title" data-check-answers hidden>
      <h1 id="check-title" tabIndex={-1}>
        核对您填写的内容
      </h1>
      <p className="lead">请核对下面的内容。要改哪一项，按它旁边的“修改”；确认无误后按“确认提交”。</p>
      <div data-check-sections />
      <p className="form-status" role="status" data-confirm-status />
      <button type="button" className="button button--start" data-confirm>
        确认提交
      </button>
    </section>
  )
}
