import { conditionText } from '../../../collections/Applications/form/conditions'
import type { SnapshotService } from '../../lib/catalogue'
import { Choices, DateInput, Select, TextArea, TextInput } from '../form/Fields'

type FormField = SnapshotService['applicationForm']['fields'][number]

/**
 * One of the service's own questions, as the control its type calls for. A
 * show-if question says its condition in words (如“…”选择“…”，请填写), for
 * the page without JavaScript; the script hides it while the condition is not met.
 */
export function Question({ field, fields }: { field: FormField; fields: FormField[] }) {
  const condition = conditionText(fields, field)
  const common = {
    field: `answers.${field.name}`,
    label: field.label,
    hint: [condition && `${condition}。`, field.help].filter(Boolean).join('') || null,
    optional: !field.required,
  }
  switch (field.type) {
    case 'textarea':
      return <TextArea {...common} />
    case 'select':
      return <Select {...common} options={field.options} />
    case 'radio':
      return <Choices {...common} options={field.options} />
    case 'checkboxes':
      return <Choices {...common} options={field.options} multiple />
    case 'number':
      return <TextInput {...common} inputMode="decimal" width={10} spellCheck={false} />
    case 'date':
      return <DateInput {...common} />
    case 'phone':
      return <TextInput {...common} type="tel" inputMode="tel" width={20} />
    case 'id-number':
      return <TextInput {...common} width={20} spellCheck={false} />
    case 'email':
      return <TextInput {...common} type="email" inputMode="email" spellCheck={false} />
    default:
      return <TextInput {...common} />
  }
}
