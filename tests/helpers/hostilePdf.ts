import { createDeflate } from 'node:zlib'

/**
 * zlib data of `megabytes` MB of spaces, deflated a megabyte at a time so that the
 * inflated size never sits in the test's memory: 400 MB become about 400 KB.
 */
export const deflatedSpaces = async (megabytes: number): Promise<Buffer> => {
  const deflate = createDeflate({ level: 9 })
  const chunks: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise((resolve) => deflate.on('end', resolve))
  const megabyte = Buffer.alloc(1024 * 1024, ' ')
  for (let written = 0; written < megabytes; written += 1) {
    if (!deflate.write(megabyte)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  deflate.end()
  await ended
  return Buffer.concat(chunks)
}

/**
 * A valid PDF of `pages` pages that all show one content stream, `deflated` (zlib data,
 * `/FlateDecode`), with a correct cross-reference table: a decompression bomb, or a
 * document of many pages.
 */
export const hostilePdf = ({ deflated, pages = 1 }: { deflated: Buffer; pages?: number }) => {
  const pageIds = Array.from({ length: pages }, (_, index) => index + 4)
  const objects: Buffer[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`,
    `<< /Length ${deflated.length} /Filter /FlateDecode >>\nstream\n`,
    ...pageIds.map(() => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>'),
  ].map((object) => Buffer.from(object, 'latin1'))
  objects[2] = Buffer.concat([objects[2] as Buffer, deflated, Buffer.from('\nendstream')])
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')]
  let length = parts[0]?.length ?? 0
  const offsets = objects.map((object, index) => {
    const offset = length
    const part = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`),
      object,
      Buffer.from('\nendobj\n'),
    ])
    parts.push(part)
    length += part.length
    return offset
  })
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)
  parts.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries.join('')}` +
        `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`,
      'latin1',
    ),
  )
  return Buffer.concat(parts)
}
