import type { SnapshotService } from '../../lib/catalogue'
import { Choices, Select, TextArea, TextInput } from '../form/Fields'

type FormField = SnapshotService['applicationForm']['fields'][number]

/** One of the service's own questions, as the control its type calls for. */
export function Question({ field }: { field: FormField }) {
  const common = {
    field: `answers.${field.name}`,
    label: field.label,
    hint: field.help,
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
      return <TextInput {...common} type="date" width={10} />
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
