import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { benchDir } from './benchDir'

/** The environment of a bench process on the SQLite file `dbFile` (absolute). */
export const benchEnv = ({ dbFile }: { dbFile: string }): Record<string, string> => {
  const dataDir = path.join(benchDir, 'data')
  mkdirSync(dataDir, { recursive: true })
  return {
    DATABASE_URL: `file:${dbFile}`,
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PUBLIC_URL: 'http://localhost:3000',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'error',
    PROVIDER_DESK_IGNORE_DOTENV: '1',
    NODE_ENV: 'production',
  }
}
