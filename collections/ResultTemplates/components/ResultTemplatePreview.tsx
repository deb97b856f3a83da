'use client'

import { useFormFields } from '@payloadcms/ui'

import { VariablesTable } from '../../SmsTemplates/components/TemplatePreview'
import { RESULT_VARIABLES } from '../../ResultDocuments/variables'
import { resultTemplateProblem, sampleResult } from '../template'
import '../../SmsTemplates/components/templatePreview.css'

/**
 * Under a result template: the document's title and paragraphs as the
 * applicant's PDF will show them, filled with sample values, and the
 * variables the template may use — updated while staff type.
 */
export function ResultTemplatePreview() {
  const title = useFormFields(([fields]) => fields.title?.value)
  const body = useFormFields(([fields]) => fields.body?.value)
  const template = { title: typeof title === 'string' ? title : '', body: typeof body === 'string' ? body : '' }
  const filled = sampleResult(template)
  const problem = resultTemplateProblem(`${template.title}\n${template.body}`)
  return (
    <div className="template-preview field-type">
      <h3>预览（按示例值填入）</h3>
      <div className="template-preview__message">
        <p>
          <strong>{filled.title}</strong>
        </p>
        {filled.paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <p className="template-preview__note">PDF 文件的页脚还会印出出具部门、办结日期、核验编号和核验二维码。</p>
      {problem ? (
        <p className="template-preview__problem" role="alert">
          {problem}
        </p>
      ) : null}
      <VariablesTable variables={RESULT_VARIABLES} />
    </div>
  )
}
