import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'

/**
 * A git-style unified diff of one page (`diff --git a/<path> b/<path>`, then
 * `--- a/<path>` / `+++ b/<path>`; `/dev/null` for a page that is new or removed).
 */
export const unifiedDiff = ({
  path,
  before,
  after,
}: {
  path: string
  before: string | null
  after: string | null
}): string => {
  const oldName = before === null ? '/dev/null' : `a/${path}`
  const newName = after === null ? '/dev/null' : `b/${path}`
  const mode =
    before === null ? 'new file mode 100644\n' : after === null ? 'deleted file mode 100644\n' : ''
  const patch = createTwoFilesPatch(
    oldName,
    newName,
    before ?? '',
    after ?? '',
    undefined,
    undefined,
    {
      context: 3,
      headerOptions: FILE_HEADERS_ONLY,
    },
  )
  return `diff --git a/${path} b/${path}\n${mode}${patch}`
}
