import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

export const PASSWORD_RULE = '密码至少10位，并且要同时包含字母和数字'

export const isStrongPassword = (password: string): boolean =>
  password.length >= 10 && /[A-Za-z]/.test(password) && /\d/.test(password)

/** beforeValidate: staff accounts reach personal data, so passwords must not be trivial. */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const password: unknown = data?.password
  if (typeof password === 'string' && !isStrongPassword(password)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'password', message: PASSWORD_RULE }],
      req,
    })
  }
  return data
}
