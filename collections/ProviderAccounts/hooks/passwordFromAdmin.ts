import { type CollectionAfterChangeHook, type CollectionBeforeValidateHook, type TextField, ValidationError } from 'payload'

import { isStrongPassword, PASSWORD_RULE } from '../../Users/hooks/enforcePasswordPolicy'

/** Staff type here the password they give the provider: the first one, or a new one when it is forgotten. */
const SET_PASSWORD = 'setPassword'
const PENDING = 'providerPasswordFromAdmin'

export const setPasswordField: TextField = {
  name: SET_PASSWORD,
  type: 'text',
  virtual: true,
  maxLength: 200,
  label: { zh: '设置登录密码', en: 'Set password' },
  admin: {
    position: 'sidebar',
    description: {
      zh: '新开账号时填写首次登录密码并告知企业（至少10位，含字母和数字），企业登录后可自行修改。以后填写即重置密码，该账号所有设备上的登录都会退出。留空不改。',
      en: 'The password given to the provider; filling it in later resets it and signs the account out everywhere.',
    },
  },
}

/** beforeValidate: a typed password must meet the policy; it is kept aside for afterChange. */
export const passwordFromAdmin: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const typed: unknown = data?.[SET_PASSWORD]
  if (!data || typeof typed !== 'string' || !typed) return data
  if (!isStrongPassword(typed)) throw new ValidationError({ collection: collection.slug, errors: [{ path: SET_PASSWORD, message: PASSWORD_RULE }], req })
  req.context[PENDING] = typed
  const rest = { ...data }
  delete rest[SET_PASSWORD]
  return rest
}

/**
 * afterChange: store the password through an update of its own, as Payload
 * hashes only there (the collection has no local strategy, and it reads the
 * password before collection hooks run). Set by anyone but the account
 * itself, Payload's update ends every session of the account.
 */
export const storePasswordFromAdmin: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const password = req.context[PENDING]
  if (typeof password !== 'string') return doc
  delete req.context[PENDING]
  await req.payload.update({ collection: collection.slug, id: doc.id, data: { password }, overrideAccess: true, depth: 0, req })
  return doc
}
