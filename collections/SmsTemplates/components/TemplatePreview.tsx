'use client'

import { useFormFields } from '@payloadcms/ui'

import { isMessageEvent, MESSAGE_EVENTS } from '../events'
import { fillTemplate, sampleValues, smsLength, type TemplateVariables, templateProblem, withSignature } from '../template'
import './templatePreview.css'

/**
 * Under a template's text: the message as a resident would get it, filled
 * with the event's sample values, its length in characters and SMS, and the
 * variables the event offers — all updated while staff type.
 */
export function TemplatePreview() {
  const event = useFormFields(([fields]) => fields.event?.value)
  const text = useFormFields(([fields]) => fields.text?.value)
  if (!isMessageEvent(event)) return null
  const template = withSignature(typeof text === 'string' ? text : '')
  const message = fillTemplate(template, sampleValues(event))
  const { characters, segments } = smsLength(message)
  const problem = templateProblem(event, template)
  return (
    <div className="template-preview field-type">
      <h3>预览（按示例值填入）</h3>
      <p className="template-preview__message">{message}</p>
      <p className="template-preview__note">
        {characters} 字，按 {segments} 条短信发送（70 字以内为 1 条，超过时每 67 字 1 条）。含可变内容的短信实际长度随内容变化。
      </p>
      {problem ? (
        <p className="template-preview__problem" role="alert">
          {problem}
        </p>
      ) : null}
      <VariablesTable variables={MESSAGE_EVENTS[event].variables} />
    </div>
  )
}

/** The variables a template may use, with what each means and its sample value: under every template with {变量}. */
export function VariablesTable({ variables }: { variables: TemplateVariables }) {
  return (
    <table className="template-preview__variables">
      <caption>可用的变量（在内容中写成 {'{变量名}'}）</caption>
      <thead>
        <tr>
          <th scope="col">变量</th>
          <th scope="col">含义</th>
          <th scope="col">示例</th>
        </tr>
      </thead>
      <tbody>
        {Object.values(variables).map((variable) => (
          <tr key={variable.name}>
            <td>{`{${variable.name}}`}</td>
            <td>{variable.description}</td>
            <td>{variable.sample || '（空）'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
