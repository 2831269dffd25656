import { resolve } from 'node:path';

/**
 * An esbuild plugin: Ink's own copy of string-width is reached through
 * src/tui/string-width.ts, which answers the screen's text without building
 * string-width's emoji regexes. Other copies (another major) keep their own.
 */
export const fastStringWidth = {
  name: 'fast-string-width',
  setup(b) {
    const wrapper = resolve('src/tui/string-width.ts');
    let wrapped;
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === 'real' || args.importer === wrapper) return undefined;
      wrapped ??= (await b.resolve('string-width', { resolveDir: resolve('src/tui'), kind: 'import-statement', pluginData: 'real' })).path;
      const real = await b.resolve('string-width', { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'real' });
      return real.path === wrapped ? { path: wrapper } : undefined;
    });
  },
};
