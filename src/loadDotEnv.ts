import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * Reads `.env` from the working directory when there is one (variables already
 * set win). Tests set PROVIDER_DESK_IGNORE_DOTENV so a developer's file never leaks in.
 */
export const loadDotEnv = (): void => {
  if (process.env.PROVIDER_DESK_IGNORE_DOTENV) return
  const file = path.resolve('.env')
  if (existsSync(file)) process.loadEnvFile(file)
}
