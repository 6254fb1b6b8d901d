import { createInterface } from 'node:readline'
import { z } from 'zod'

import { roles } from '../../access'
import { minPasswordLength } from '../../auth/passwordPolicy'
import { openPayload } from '../../db/openPayload'
import { message, render } from '../../i18n/messages'
import type { CommandContext, CommandResult } from '../command'
import { userAddCommand } from './userAdd'
import type { userAddFlags } from './userAdd'
import { exitCodes, UsageError } from '../errors'

const { usage } = userAddCommand

const inputSchema = z.object({
  email: z.email({ message: '--email must be an e-mail address, e.g. --email ada@example.org' }),
  roles: z
    .array(
      z.enum(roles, {
        message: `--role takes ${roles.join(', ')} (several: --role editor,reviewer)`,
      }),
    )
    .min(1, `--role is required: one or more of ${roles.join(', ')}`),
  name: z.string().optional(),
  password: z
    .string()
    .min(
      minPasswordLength,
      `the password must have at least ${minPasswordLength} characters (PROVIDER_DESK_PASSWORD or standard input)`,
    ),
})

/** The password from PROVIDER_DESK_PASSWORD, else the first line of standard input. */
const readPassword = async (): Promise<string> => {
  const fromEnv = process.env.PROVIDER_DESK_PASSWORD
  if (fromEnv) return fromEnv
  if (process.stdin.isTTY) process.stderr.write('Password: ')
  const lines = createInterface({ input: process.stdin, terminal: false })
  for await (const line of lines) {
    lines.close()
    return line.trim()
  }
  return ''
}

export const runUserAddCommand = async ({
  flags,
  language,
}: CommandContext<typeof userAddFlags>): Promise<CommandResult> => {
  const parsed = inputSchema.safeParse({
    email: flags.email ?? '',
    roles: (flags.role ?? '')
      .split(',')
      .map((role) => role.trim())
      .filter(Boolean),
    name: flags.name,
    password: await readPassword(),
  })
  if (!parsed.success) {
    throw new UsageError(
      `${parsed.error.issues.map((issue) => issue.message).join('\n')}\nUsage: ${usage}`,
    )
  }
  const { email, name, password } = parsed.data
  const payload = await openPayload()
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: email.toLowerCase() } },
    limit: 1,
  })
  const data = { email, roles: parsed.data.roles, password, ...(name ? { name } : {}) }
  const current = existing.docs[0]
  const user = current
    ? await payload.update({ collection: 'users', id: current.id, data })
    : await payload.create({ collection: 'users', data: { ...data, language: 'de' } })
  const action = current ? 'updated' : 'created'
  return {
    exitCode: exitCodes.ok,
    json: {
      action,
      user: { id: user.id, email: user.email, roles: user.roles, name: user.name ?? null },
    },
    human: render(
      language,
      message(current ? 'cli.user.updated' : 'cli.user.created', {
        email: user.email,
        roles: user.roles,
      }),
    ),
  }
}
