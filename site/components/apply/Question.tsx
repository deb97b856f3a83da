import { conditionText } from '../../../collections/Applications/form/conditions'
import type { SnapshotService } from '../../lib/catalogue'
import { Choices, DateInput, Select, TextArea, TextInput } from '../form/Fields'

type FormField = SnapshotService['applicationForm']['fields'][number]

/**
 * One of the service's own questions, as the control its type calls for. A
 * show-if question says its condition in words (如“…”选择“…”，请填写), for
 * the page without JavaScript; the script hides it while the condition is not met.
 */
export function Question({ field, fields, value }: { field: FormField; fields: FormField[]; value?: string }) {
  const condition = conditionText(fields, field)
  // A filled value (the server's form again, filled from the platform): a choice's option, or the text.
  const filled = { defaultValue: value }
  const common = {
    field: `answers.${field.name}`,
    label: field.label,
    hint: [condition && `${condition}。`, field.help].filter(Boolean).join('') || null,
    optional: !field.required,
  }
  switch (field.type) {
    case 'textarea':
      return <TextArea {...common} {...filled} />
    case 'select':
      return <Select {...common} {...filled} options={field.options} />
    case 'radio':
      return <Choices {...common} checked={value ? [value] : []} options={field.options} />
    case 'checkboxes':
      return <Choices {...common} checked={value ? [value] : []} options={field.options} multiple />
    case 'number':
      return <TextInput {...common} {...filled} inputMode="decimal" width={10} spellCheck={false} />
    case 'date':
      return <DateInput {...common} {...filled} />
    case 'phone':
      return <TextInput {...common} {...filled} type="tel" inputMode="tel" width={20} />
    case 'id-number':
      return <TextInput {...common} {...filled} width={20} spellCheck={false} />
    case 'email':
      return <TextInput {...common} {...filled} type="email" inputMode="email" spellCheck={false} />
    default:
      return <TextInput {...common} {...filled} />
  }
}
