// The floor of a command that reads the database (bench/sections/startupSection.ts): Node
// starts, opens the SQLite file with @libsql/client (as Payload's adapter does) and reads
// one provider's rows raw: its main row and the rows of every table that refers to
// `providers` (arrays, texts, relationships), found from their foreign keys. Plain
// JavaScript, so that nothing is transpiled. `node readProviderRaw.mjs <db file> <slug>`
// prints the number of rows read.
import { createClient } from '@libsql/client'

const [file, slug] = process.argv.slice(2)
const client = createClient({ url: `file:${file}` })
const { rows } = await client.execute({
  sql: 'SELECT * FROM providers WHERE slug = ?',
  args: [slug],
})
if (rows.length !== 1) throw new Error(`no provider ${slug} in ${file}`)
const children = await client.execute(
  `SELECT m.name AS tableName, f."from" AS parentColumn
     FROM sqlite_master m, pragma_foreign_key_list(m.name) f
    WHERE m.type = 'table' AND m.name LIKE 'providers\\_%' ESCAPE '\\' AND f."table" = 'providers'`,
)
let rowCount = rows.length
for (const { tableName, parentColumn } of children.rows) {
  const found = await client.execute({
    sql: `SELECT * FROM "${tableName}" WHERE "${parentColumn}" = ?`,
    args: [rows[0].id],
  })
  rowCount += found.rows.length
}
client.close()
process.stdout.write(`${JSON.stringify({ rows: rowCount, tables: children.rows.length + 1 })}\n`)
