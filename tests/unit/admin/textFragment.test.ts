import { describe, expect, it } from 'vitest'

import { textFragmentUrl } from '../../../src/admin/evidence/textFragment'

describe('textFragmentUrl', () => {
  it.each([
    {
      name: 'links a short passage whole, encoded',
      passage: 'für maximal 12 Monate speichern',
      expected:
        'https://telegram.org/privacy/de#:~:text=f%C3%BCr%20maximal%2012%20Monate%20speichern',
    },
    {
      name: 'encodes the characters the directive uses itself (- , &)',
      passage: 'IP-Adressen, Namen & Nummern',
      expected: 'https://telegram.org/privacy/de#:~:text=IP%2DAdressen%2C%20Namen%20%26%20Nummern',
    },
    {
      name: 'links a long passage by its first and last four words',
      passage:
        'Wenn du Telegram nicht mehr verwenden willst und mindestens 6 Monate lang nicht online bist, wird dein Konto standardmäßig gelöscht.',
      expected:
        'https://telegram.org/privacy/de#:~:text=Wenn%20du%20Telegram%20nicht,dein%20Konto%20standardm%C3%A4%C3%9Fig%20gel%C3%B6scht.',
    },
    {
      name: 'folds line breaks and runs of spaces into one space',
      passage: 'maximal\n  12   Monate',
      expected: 'https://telegram.org/privacy/de#:~:text=maximal%2012%20Monate',
    },
  ])('$name', ({ passage, expected }) => {
    expect(textFragmentUrl({ url: 'https://telegram.org/privacy/de', passage })).toBe(expected)
  })

  it('replaces a fragment the address already has', () => {
    expect(textFragmentUrl({ url: 'https://a.example/p#top', passage: 'ein Satz' })).toBe(
      'https://a.example/p#:~:text=ein%20Satz',
    )
  })
})
