'use client'

import { PasswordField, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'

/**
 * The current password, asked for as soon as staff type a new password for
 * their own account (after "更改密码" on the account screen). Hidden otherwise.
 */
export function CurrentPasswordField() {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const changingPassword = useFormFields(([fields]) => typeof fields.password?.value === 'string' && fields.password.value !== '')
  if (!changingPassword || !user || user.id !== id) return null
  return (
    <PasswordField
      autoComplete="current-password"
      field={{ name: 'currentPassword', label: '当前密码', required: true }}
      path="currentPassword"
    />
  )
}
