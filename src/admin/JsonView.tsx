'use client'
import type { JSONFieldClientComponent } from 'payload'
import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'

/**
 * Every JSON field of the admin, shown as indented text instead of Payload's code
 * editor: that editor loads Monaco from a CDN, which the desk's Content-Security-Policy
 * refuses (and a privacy guide's tool asks no third party for anything). The JSON fields
 * are written by the desk itself (export runs, snapshots, review records, the importer's
 * page parts), so nobody edits them here. `withJsonView` (payload.config.ts) sets it on
 * each one.
 */
export const JsonView: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const text = value === undefined || value === null ? '—' : JSON.stringify(value, null, 2)
  return (
    <div className="field-type json-view" style={{ marginBottom: 'var(--spacing-field)' }}>
      <FieldLabel label={field.label} path={path} />
      <pre
        style={{
          margin: 0,
          maxHeight: '24rem',
          overflow: 'auto',
          padding: '0.75rem',
          background: 'var(--theme-elevation-50)',
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: 'var(--style-radius-s)',
          fontSize: '0.8125rem',
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-word',
        }}
      >
        {text}
      </pre>
      <FieldDescription description={field.admin?.description} path={path ?? field.name} />
    </div>
  )
}
