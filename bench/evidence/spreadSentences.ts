/**
 * The bench's quotes: up to `count` sentences of `text` (40–300 characters, each once,
 * and with `isWanted` only those it accepts), spread evenly over it, the same ones for
 * the same text.
 */
export const spreadSentences = ({
  text,
  count,
  isWanted = () => true,
}: {
  text: string
  count: number
  isWanted?: (sentence: string) => boolean
}): string[] => {
  const sentences = (text.match(/[^.!?\n]+[.!?]/g) ?? [])
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 40 && sentence.length <= 300 && isWanted(sentence))
    .filter((sentence, index, all) => all.indexOf(sentence) === index)
  if (sentences.length <= count) return sentences
  return Array.from(
    { length: count },
    (_, index) => sentences[Math.floor(((index + 0.5) * sentences.length) / count)]!,
  )
}
