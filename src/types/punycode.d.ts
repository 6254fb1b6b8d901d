/** The parts of the punycode package (it ships no types) that the source rule uses. */
declare module 'punycode/punycode.js' {
  const punycode: {
    /** Decodes each `xn--` label of a domain; throws on input that is not valid punycode. */
    toUnicode(domain: string): string
  }
  export default punycode
}
