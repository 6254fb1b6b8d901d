/** One printed figure: what, the measured value and its floor, the ratio, the goal. */
export const figureLine = ({
  name,
  measured,
  floor,
  ratio,
  goal,
  isMet,
}: {
  name: string
  measured: string
  floor: string
  ratio: number
  goal: string
  isMet: boolean | null
}): string =>
  [
    name.padEnd(34),
    measured.padEnd(26),
    `vs ${floor}`.padEnd(36),
    `= ${ratio.toFixed(2)}×`.padEnd(9),
    goal.padEnd(14),
    isMet === null ? '' : isMet ? 'met' : 'NOT MET',
  ].join(' ')
