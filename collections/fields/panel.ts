import type { UIField } from 'payload'

/**
 * A panel of our own in a document's edit view (a `ui` field rendering
 * `component`). It holds no data, so it is kept out of the list's column
 * chooser, where it would only show its field name.
 */
export const panelField = (name: string, component: string, position?: 'sidebar'): UIField => ({
  name,
  type: 'ui',
  admin: { position, disableListColumn: true, components: { Field: component } },
})
