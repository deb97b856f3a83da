'use client'
import type { TextFieldClientComponent } from 'payload'

import { FieldDescription, FieldError, FieldLabel, ReactSelect, useConfig, useField, useFormFields } from '@payloadcms/ui'
import { useEffect, useMemo, useState } from 'react'

type Option = { label: string; value: string }

/**
 * Related services are kept as service codes, the same stable codes the portal
 * and the open API use; editors pick them by title here instead of typing
 * codes.
 */
export const RelatedServicesField: TextFieldClientComponent = ({ field, path }) => {
  const { config } = useConfig()
  const { errorMessage, setValue, showError, value } = useField<string[]>({ path })
  const ownCode = useFormFields(([fields]) => fields.code?.value) as string | undefined
  const [services, setServices] = useState<Option[]>([])

  useEffect(() => {
    const url = `${config.serverURL}${config.routes.api}/services?depth=0&limit=0&draft=true&sort=code&select[code]=true&select[title]=true`
    fetch(url, { credentials: 'include' })
      .then((response) => response.json())
      .then((body: { docs?: { code: string; title: string }[] }) =>
        setServices((body.docs ?? []).map((doc) => ({ value: doc.code, label: `${doc.code} ${doc.title}` }))),
      )
      .catch(() => setServices([]))
  }, [config.routes.api, config.serverURL])

  const options = useMemo(() => services.filter((option) => option.value !== ownCode), [services, ownCode])
  const selected = (value ?? []).map(
    (code) => services.find((option) => option.value === code) ?? { value: code, label: code },
  )

  return (
    <div className="field-type">
      <FieldLabel label={field.label} path={path} />
      <FieldError message={errorMessage} path={path} showError={showError} />
      <ReactSelect
        isMulti
        isSortable
        onChange={(chosen) => setValue((Array.isArray(chosen) ? chosen : [chosen]).map((option) => String(option.value)))}
        options={options}
        placeholder="输入名称或编码查找事项"
        value={selected}
      />
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
