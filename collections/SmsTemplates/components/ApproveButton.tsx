'use client'

import { PublishButton, useAuth } from '@payloadcms/ui'

/** Publishing a template is approving it: only administrators see the button (the server checks again). */
export function ApproveButton() {
  const { user } = useAuth<{ roles?: string[] }>()
  if (!user?.roles?.includes('admin')) return null
  return <PublishButton label="审核通过并启用" />
}

/** A template is never unpublished: sending would fall back to the built-in text without an approval. */
export function NoUnpublish() {
  return null
}
