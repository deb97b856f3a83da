import { MATERIAL_SOURCE_LABELS, type Prefill, type ReusableMaterial } from '../../../collections/Applications/reuse/sources'
import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { ErrorSlot } from '../form/Fields'

/**
 * 使用平台已有的信息: the consent box, naming exactly what will be read. Ticked,
 * site/client/reuse.ts fetches the values and fills the form; without
 * JavaScript the resident ticks it and presses ReuseFillButton. Ticked on submit, the materials the
 * platform holds need not be uploaded (免提交).
 */
export function ReuseConsent({ facts, given = false }: { facts: string[]; /** Already given: the form the server filled (without JavaScript) carries it on. */ given?: boolean }) {
  if (given) {
    return (
      <section aria-labelledby="reuse-title" className="reuse" data-reuse-given>
        <h2 id="reuse-title">使用平台已有的信息</h2>
        <input type="hidden" name="reuse.consent" value="yes" />
        <p>您已同意使用平台已有的信息为您填写：{facts.join('、')}。下面已经填好，请核对；标明“免提交”的材料不用上传。</p>
      </section>
    )
  }
  return (
    <section aria-labelledby="reuse-title" className="reuse" data-reuse>
      <h2 id="reuse-title">使用平台已有的信息</h2>
      <p>
        已<a href={PORTAL_PATHS.mySignIn()}>登录</a>并在“我的”完成实名核验的居民，可以让平台用人口库等已有的信息为您填写，平台已有的材料不用再上传。每次使用都会记录在案。
      </p>
      <div className="form-group" data-field="reuse.consent">
        <ErrorSlot field="reuse.consent" />
        <div className="choice">
          <input id="reuse-consent" type="checkbox" name="reuse.consent" value="yes" data-reuse-consent />
          <label htmlFor="reuse-consent">使用平台已有的信息为我填写：{facts.join('、')}</label>
        </div>
      </div>
      <p className="form-status" role="status" data-reuse-status />
    </section>
  )
}

/**
 * Without JavaScript: post the form to /api/applications/prefill, which
 * answers this form again, filled in by the server. After the submit button, so pressing
 * Enter in a field still submits the application (the first submit button
 * is the form's default); the script hides it and fills the form instead.
 */
export function ReuseFillButton({ api }: { api: string }) {
  return (
    <p data-reuse-fill>
      {/* The form's own encoding (multipart): the prefill endpoint reads JSON or multipart. */}
      <button type="submit" className="button button--secondary" formAction={`${api}/api/applications/prefill`} formMethod="post">
        用平台已有的信息填写（不提交）
      </button>
    </p>
  )
}

/** Under an upload: that the platform may hold the material (免提交), or the 告知承诺 that may replace it. */
export function MaterialReuse({ index, material }: { index: number; material?: ReusableMaterial }) {
  if (!material?.platformSource && !material?.commitmentAllowed) return null
  return (
    <div className="material-reuse">
      {material.platformSource ? (
        <p className="hint" data-reuse-held={index}>
          勾选上方“使用平台已有的信息”的实名核验居民，这份材料免提交（平台已有：{MATERIAL_SOURCE_LABELS[material.platformSource]}）。
        </p>
      ) : null}
      {material.commitmentAllowed ? (
        <div className="choice">
          <input id={`reuse-commitment-${index}`} type="checkbox" name="reuse.commitments" value={index} data-reuse-commitment={index} />
          <label htmlFor={`reuse-commitment-${index}`}>
            不上传“{material.name}”，签署告知承诺：{material.commitmentText}
          </label>
        </div>
      ) : null}
    </div>
  )
}

/** A material the platform holds for the resident, in place of its upload (the form the server filled without JavaScript). */
export function HeldMaterial({ held }: { held: Prefill['heldMaterials'][number] }) {
  return (
    <div className="form-group" data-field={`uploads.${held.upload}`}>
      <p className="label">{held.material}</p>
      <p className="hint reuse-held" data-reuse-held={held.upload}>
        免提交（平台已有：{held.sourceLabel}），不用上传。
      </p>
    </div>
  )
}
