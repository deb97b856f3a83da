import type { Field } from 'payload'

/** Never shown or returned through the API: the platform's endpoints read these with overrideAccess. */
export const secretText = (name: string, extra: Partial<Field> = {}): Field => ({ name, type: 'text', access: { read: () => false }, admin: { hidden: true }, ...extra }) as Field
