'use client'
import { useAllFormFields } from '@payloadcms/ui'

/**
 * Why the server refused the last save, field by field: Payload keeps a refused
 * draft's field errors in the form state but shows them only after a full submit,
 * so a refused citation's reason (the source rule's message, in the user's language)
 * would otherwise stay hidden behind the toast's field list.
 */
export const SaveRefusals = ({ title }: { title: string }) => {
  const [fields] = useAllFormFields()
  const refusals = Object.entries(fields).flatMap(([path, field]) =>
    field.valid === false && typeof field.errorMessage === 'string' && field.errorMessage
      ? [{ path, message: field.errorMessage }]
      : [],
  )
  if (refusals.length === 0) return null
  return (
    <div
      role="alert"
      className="findings-panel__refusals"
      style={{
        border: '1px solid var(--theme-error-500)',
        background: 'var(--theme-error-50)',
        borderRadius: 4,
        padding: '0.5rem 1rem',
        marginBottom: '0.75rem',
      }}
    >
      <strong>{title}</strong>
      <ul style={{ margin: '0.25rem 0 0' }}>
        {refusals.map(({ path, message }) => (
          <li key={path} data-path={path}>
            <code>{path}</code> {message}
          </li>
        ))}
      </ul>
    </div>
  )
}
