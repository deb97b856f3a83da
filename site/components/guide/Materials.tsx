import { MATERIAL_FORM_LABELS, NECESSITY_LABELS } from '../../../collections/Services/options'
import type { SnapshotService } from '../../lib/catalogue'
import { MATERIAL_SOURCE_LABELS } from '../../../collections/Applications/reuse/sources'

type Props = { materials: SnapshotService['materials']; pageUrl: string; qrCodeSvg: string; title: string }

/**
 * The materials as a checklist. On paper (print stylesheet) each item gets a
 * tick box and the list a QR code back to this page, so a resident can take
 * it to the counter and find the guide again.
 */
export function Materials({ materials, pageUrl, qrCodeSvg, title }: Props) {
  if (materials.length === 0) {
    return (
      <section aria-labelledby="materials-title" id="materials">
        <h2 id="materials-title">申请材料</h2>
        <p>不需要提交材料。</p>
      </section>
    )
  }
  return (
    <section aria-labelledby="materials-title" id="materials" className="materials">
      <h2 id="materials-title">申请材料</h2>
      <p className="print-only">{title}：材料清单</p>
      <button type="button" className="button button--secondary js-only" data-print>
        打印材料清单
      </button>
      <ol className="checklist">
        {materials.map((material) => (
          <li key={material.name}>
            <span className="checklist__box" aria-hidden="true" />
            <div>
              <h3 className="checklist__name">{material.name}</h3>
              <p className="checklist__meta">
                {NECESSITY_LABELS[material.necessity as keyof typeof NECESSITY_LABELS]?.zh ?? material.necessity} ·{' '}
                {MATERIAL_FORM_LABELS[material.form as keyof typeof MATERIAL_FORM_LABELS]?.zh ?? material.form}
                {material.copies > 0 ? ` ${material.copies}份` : ''} · 来源：{material.source}
              </p>
              <p>{material.notes}</p>
              <MaterialReuseNote material={material} />
              {(material.blankForm || material.sample) && (
                <ul className="downloads">
                  {material.blankForm && (
                    <li>
                      <a href={material.blankForm.url} download>
                        下载空白表格：{material.blankForm.title}
                      </a>
                    </li>
                  )}
                  {material.sample && (
                    <li>
                      <a href={material.sample.url}>查看填写样例：{material.sample.title}</a>
                    </li>
                  )}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ol>
      <figure className="print-only qr">
        <span dangerouslySetInnerHTML={{ __html: qrCodeSvg }} />
        <figcaption>扫码查看最新办事指南：{pageUrl}</figcaption>
      </figure>
    </section>
  )
}

/** Whether the platform may already hold the material (免提交) or a signed 告知承诺 may replace it, when applying online. */
function MaterialReuseNote({ material }: { material: SnapshotService['materials'][number] }) {
  if (!material.platformSource && !material.commitmentAllowed) return null
  return (
    <p className="checklist__reuse">
      {material.platformSource
        ? `网上申请时，已登录并完成实名核验的居民同意使用平台已有的信息后可免提交（平台已有：${MATERIAL_SOURCE_LABELS[material.platformSource]}）。`
        : ''}
      {material.commitmentAllowed ? '网上申请时可以签署告知承诺代替这份材料，工作人员之后会核查。' : ''}
    </p>
  )
}
