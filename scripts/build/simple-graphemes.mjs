import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * An esbuild plugin: the packages that make an `Intl.Segmenter` as they load (string-width, two
 * majors; slice-ansi; ansi-tokenize) get src/tui/graphemes.ts's instead, which answers simple text
 * without ICU and makes the real one only when text needs it. Only their files are read here;
 * test/tui/graphemes.test.ts fails if another bundled package makes one.
 */
export const simpleGraphemes = {
  name: 'simple-graphemes',
  setup(b) {
    const segmenter = JSON.stringify(resolve('src/tui/graphemes.ts'));
    b.onLoad({ filter: /[\\/]node_modules[\\/](?:string-width|slice-ansi|@alcalzone[\\/]ansi-tokenize)[\\/].*\.m?js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('new Intl.Segmenter(') || !/^\s*(import|export)\b/m.test(text)) return undefined;
      return {
        contents: `import { GraphemeSegmenter as __GraphemeSegmenter } from ${segmenter};\n${text.replaceAll('new Intl.Segmenter(', 'new __GraphemeSegmenter(')}`,
        loader: 'js',
      };
    });
  },
};
