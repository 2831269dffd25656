import { dirname, resolve } from 'node:path';

/**
 * An esbuild plugin: Ink's own copy of string-width is reached through
 * src/tui/string-width.ts, which answers the screen's text without building
 * string-width's emoji regexes. Other copies (another major) keep their own.
 * The wrapper reaches the real one through a `require`, which esbuild bundles
 * as a module initialised on first call: loading string-width builds a
 * \p{RGI_Emoji} regex, a twelfth of the TUI's start, that the screen's text
 * never needs.
 */
export const fastStringWidth = {
  name: 'fast-string-width',
  setup(b) {
    const wrapper = resolve('src/tui/string-width.ts');
    let wrapped;
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      wrapped ??= (await b.resolve('string-width', { resolveDir: resolve('src/tui'), kind: 'import-statement', pluginData: 'real' })).path;
      if (args.importer === wrapper) return { path: wrapped, namespace: 'lazy-string-width' };
      const real = await b.resolve('string-width', { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'real' });
      return real.path === wrapped ? { path: wrapper } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, (args) => ({
      contents: `let real;\nexport default function stringWidth(string, options) {\n  real ??= require(${JSON.stringify(args.path)}).default;\n  return real(string, options);\n}\n`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};
