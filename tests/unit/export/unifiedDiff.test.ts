import { describe, expect, it } from 'vitest'

import { unifiedDiff } from '../../../src/export/plan'

const path = 'src/pages/anbieter/session/index.md'

describe('unifiedDiff', () => {
  it('gives a changed page git-style headers and -/+ lines', () => {
    expect(unifiedDiff({ path, before: 'a\nb\nc\n', after: 'a\nB\nc\n' })).toBe(
      [
        `diff --git a/${path} b/${path}`,
        `--- a/${path}`,
        `+++ b/${path}`,
        '@@ -1,3 +1,3 @@',
        ' a',
        '-b',
        '+B',
        ' c',
        '',
      ].join('\n'),
    )
  })

  it.each([
    ['a new page', null, 'x\n', ['new file mode 100644', '--- /dev/null', `+++ b/${path}`, '+x']],
    [
      'a removed page',
      'x\n',
      null,
      ['deleted file mode 100644', `--- a/${path}`, '+++ /dev/null', '-x'],
    ],
  ])('marks %s against /dev/null', (_name, before, after, lines) => {
    const diff = unifiedDiff({ path, before, after }).split('\n')
    for (const line of lines) expect(diff).toContain(line)
  })
})
