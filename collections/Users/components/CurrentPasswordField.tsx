'use client'

import { PasswordField, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'

/**
 * The current password, asked for beside the new one when staff change their
 * own password on the account screen (Payload shows the new-password fields
 * only after "修改密码"). Hidden otherwise.
 */
export function CurrentPasswordField() {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const changingPassword = useFormFields(([fields]) => fields.password !== undefined)
  if (!changingPassword || !user || user.id !== id) return null
  return (
    <PasswordField
      autoComplete="current-password"
      field={{ name: 'currentPassword', label: '当前密码', required: true }}
      path="currentPassword"
    />
  )
}
