const NAME = '[A-Za-z_:][\\w:.-]*';
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/**
 * Throws unless `text` is well-formed XML: one root element, every tag closed
 * in order, attributes quoted and not repeated, `&` only in entities. Enough
 * to catch a broken SVG without an XML library.
 */
export function assertWellFormedXml(text: string): void {
  const token = new RegExp(`<\\?[\\s\\S]*?\\?>|<!--([\\s\\S]*?)-->|<!DOCTYPE[^>[]*(?:\\[[\\s\\S]*?\\])?\\s*>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|<|[^<]+`, 'y');
  const open: string[] = [];
  let roots = 0;
  let match: RegExpExecArray | null;
  let at = 0;
  while (at < text.length && (match = (token.lastIndex = at, token.exec(text)))) {
    const [whole, comment, closing, name, attrs, selfClosing] = match;
    const where = () => `at offset ${at}: ${JSON.stringify(whole.slice(0, 60))}`;
    if (whole === '<') throw new Error(`malformed tag ${JSON.stringify(text.slice(at, at + 60))} at offset ${at}`);
    if (comment?.includes('--')) throw new Error(`"--" inside a comment ${where()}`);
    if (name) {
      if (closing) {
        const expected = open.pop();
        if (expected !== name) throw new Error(`</${name}> closes <${expected ?? 'nothing'}> ${where()}`);
      } else {
        if (open.length === 0 && ++roots > 1) throw new Error(`a second root element ${where()}`);
        const names = [...(attrs ?? '').matchAll(new RegExp(`(${NAME})\\s*=\\s*("[^"]*"|'[^']*')`, 'g'))];
        const seen = new Set<string>();
        for (const [, attr, value] of names) {
          if (seen.has(attr!)) throw new Error(`attribute ${attr} repeated ${where()}`);
          seen.add(attr!);
          if (ENTITY.test(value!)) throw new Error(`bare "&" in attribute ${attr} ${where()}`);
        }
        if (!selfClosing) open.push(name);
      }
    } else if (!whole.startsWith('<') && ENTITY.test(whole)) {
      throw new Error(`bare "&" in text ${where()}`);
    } else if (!whole.startsWith('<') && open.length === 0 && whole.trim()) {
      throw new Error(`text outside the root element ${where()}`);
    }
    at += whole.length;
  }
  if (open.length) throw new Error(`<${open.at(-1)}> is never closed`);
  if (roots !== 1) throw new Error('no root element');
}

/** The values of one attribute across a document, entities decoded. */
export function attributeValues(xml: string, attribute: string): string[] {
  return [...xml.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((m) => decode(m[1]!));
}

/** The content of every `<text>` element, entities decoded. */
export function texts(xml: string): string[] {
  return [...xml.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]!));
}

function decode(s: string): string {
  return s.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
