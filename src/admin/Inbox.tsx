import type { ServerProps } from 'payload'

import { loadInbox } from '../workflow/inbox'
import type { InboxKey } from '../workflow/inbox'
import { adminTexts } from '../i18n/admin/adminTexts'
import { whereQueryString } from './whereQueryString'

const order: readonly InboxKey[] = ['waiting', 'returned', 'recheck', 'stale', 'sourceChanged']

/**
 * On the dashboard, first: what waits for this person ("Wartet auf mich (2)", "Zurück an
 * mich", "Erneut prüfen", "Veraltet", "Quelle geändert"), each a link to the list filtered
 * to exactly those profiles, and the team's guide.
 */
export const Inbox = async ({ payload, user, i18n }: ServerProps) => {
  if (!user || !payload) return null
  const texts = adminTexts(i18n?.language ?? 'de')
  const inbox = await loadInbox({ payload, user, now: new Date() })
  const listUrl = `${payload.config.routes.admin}/collections/providers`
  const total = order.reduce((sum, key) => sum + inbox[key].length, 0)
  return (
    <section
      className="inbox"
      aria-label={texts.inboxTitle}
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
        padding: '1rem 1.25rem',
        marginBottom: '2rem',
      }}
    >
      <h2 style={{ margin: '0 0 0.25rem' }}>{texts.inboxTitle}</h2>
      <p style={{ margin: '0 0 0.75rem' }}>{total === 0 ? texts.inboxEmpty : texts.inboxIntro}</p>
      <ul
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: '0.75rem',
          listStyle: 'none',
          padding: 0,
          margin: 0,
        }}
      >
        {order.map((key) => {
          const ids = inbox[key]
          const href = `${listUrl}?${whereQueryString({ id: { in: ids.length ? ids : ['-'] } })}`
          return (
            <li key={key}>
              <a
                href={href}
                data-inbox={key}
                className={`pill pill--style-${ids.length ? 'dark' : 'light'}`}
                title={texts.inboxHint[key]}
                style={{
                  textDecoration: 'none',
                  padding: '0.4rem 0.9rem',
                  display: 'inline-block',
                }}
              >
                {texts.inboxLabel[key]} ({ids.length})
              </a>
            </li>
          )
        })}
      </ul>
      <p style={{ margin: '0.75rem 0 0' }}>
        <a href="/anleitung">{texts.guideLink}</a>
      </p>
    </section>
  )
}
