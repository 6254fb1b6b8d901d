/** Table rows as `[name, row]` so `it.each(...)('%s', …)` prints the behaviour without quotes. */
export const namedCases = <Row extends { behaviour: string }>(
  rows: readonly Row[],
): [string, Row][] => rows.map((row) => [row.behaviour, row])
