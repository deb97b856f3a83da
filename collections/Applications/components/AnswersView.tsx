import type { Payload } from 'payload'

import type { Application } from '../../../cms/payload-types'
import { relationId } from '../../relations'
import '../../casework/components/casework.css'

type Props = { data?: Partial<Application>; payload: Payload }

/** The service's own questions with the resident's answers, in the form's order. */
export async function AnswersView({ data, payload }: Props) {
  const answers = (data?.answers ?? {}) as Record<string, string | string[]>
  const serviceId = relationId(data?.service)
  const service = serviceId
    ? await payload.findByID({ collection: 'services', id: serviceId, depth: 0, select: { applicationForm: true } }).catch(() => null)
    : null
  const questions = service?.applicationForm?.fields ?? []
  const labelled = questions.map((question) => ({ label: question.label, value: answers[question.name] }))
  // Questions removed from the form since keep their answers, under their key.
  const extra = Object.keys(answers)
    .filter((name) => !questions.some((question) => question.name === name))
    .map((name) => ({ label: name, value: answers[name] }))
  return (
    <section aria-labelledby="answers-heading" className="casework-box">
      <h3 id="answers-heading">申请内容</h3>
      {labelled.length + extra.length === 0 ? (
        <p>本事项没有另外的填写项。</p>
      ) : (
        <dl>
          {[...labelled, ...extra].map(({ label, value }) => (
            <div key={label} style={{ display: 'contents' }}>
              <dt>{label}</dt>
              <dd>{Array.isArray(value) ? value.join('、') : value || '（未填写）'}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  )
}
