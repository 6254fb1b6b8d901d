'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { errorMessagesOf } from '../errorMessagesOf'
import type { EvidenceStatesResponse } from './evidenceEndpoints'

export type EvidenceStates =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'loaded'; result: EvidenceStatesResponse }

/** One request per saved revision, however many evidence rows ask for it. */
const requests = new Map<string, Promise<EvidenceStates>>()

const load = async (url: string): Promise<EvidenceStates> => {
  const response = await fetch(url, { credentials: 'include' })
  const body: unknown = await response.json()
  return response.ok
    ? { status: 'loaded', result: body as EvidenceStatesResponse }
    : { status: 'failed', message: errorMessagesOf(body).messages.join(' ') }
}

/**
 * The state of each evidence entry of the saved revision
 * (`GET /api/providers/:id/evidence`), reloaded after every save.
 */
export const useEvidenceStates = (): EvidenceStates | null => {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const [states, setStates] = useState<EvidenceStates>({ status: 'loading' })
  useEffect(() => {
    if (id === undefined) return
    const url = `${config.routes.api}/providers/${id}/evidence`
    const key = `${url}@${lastUpdateTime ?? ''}`
    if (!requests.has(key)) {
      requests.set(
        key,
        load(url).catch((error: unknown) => ({ status: 'failed', message: String(error) })),
      )
    }
    let isCurrent = true
    void requests.get(key)!.then((loaded) => {
      if (loaded.status === 'failed') requests.delete(key)
      if (isCurrent) setStates(loaded)
    })
    return () => {
      isCurrent = false
    }
  }, [id, lastUpdateTime, config.routes.api])
  return id === undefined ? null : states
}
