/**
 * Text that splits one code point a grapheme: code points that join no neighbour when no mark,
 * joiner, Hangul jamo, regional indicator or CR is near. Everything below the combining
 * diacriticals but CR (which pairs with LF), Greek, the Cyrillic letters, general punctuation
 * without the two joiners, and the symbol blocks the screen draws with. Checked code point by
 * code point against Intl.Segmenter in test/tui/graphemes.test.ts.
 */
// eslint-disable-next-line no-control-regex -- control characters are simple text: each is a grapheme of its own
export const SIMPLE_TEXT = /^[\0-\x0C\x0E-\u02FF\u0370-\u0482\u048A-\u052F\u2000-\u200B\u200E-\u20CF\u2100-\u2BFF\u2E00-\u2E7F]*$/;

/** The segments of simple text, as Intl.Segments gives them: one code point each. */
class SimpleSegments implements Intl.Segments {
  constructor(private readonly input: string) {}

  containing(codeUnitIndex = 0): Intl.SegmentData | undefined {
    const i = Math.trunc(Number(codeUnitIndex)) || 0;
    return i >= 0 && i < this.input.length ? { segment: this.input[i]!, index: i, input: this.input } : undefined;
  }

  *[Symbol.iterator](): IterableIterator<Intl.SegmentData> {
    const { input } = this;
    for (let i = 0; i < input.length; i++) yield { segment: input[i]!, index: i, input };
  }
}

/**
 * Intl.Segmenter, for the text libraries Ink draws with (swapped in when bundling, by
 * scripts/build/simple-graphemes.mjs). Simple text splits at once; anything else goes to a real
 * Intl.Segmenter, made on first need. Making the first one builds ICU's table of every locale,
 * a fifth of a bare node start, and four libraries each made one as they loaded.
 */
export class GraphemeSegmenter {
  readonly #locales: Intl.LocalesArgument;
  readonly #options: Intl.SegmenterOptions | undefined;
  #real: Intl.Segmenter | undefined;

  constructor(locales?: Intl.LocalesArgument, options?: Intl.SegmenterOptions) {
    this.#locales = locales;
    this.#options = options;
  }

  segment(input: string): Intl.Segments {
    const text = String(input);
    if ((this.#options?.granularity ?? 'grapheme') === 'grapheme' && SIMPLE_TEXT.test(text)) return new SimpleSegments(text);
    return this.#segmenter().segment(text);
  }

  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    return this.#segmenter().resolvedOptions();
  }

  #segmenter(): Intl.Segmenter {
    return (this.#real ??= new Intl.Segmenter(this.#locales, this.#options));
  }
}
