/**
 * An esbuild plugin: two of Ink's dependencies import a Node built-in as they load for a rare
 * path, and loading it costs more than the rest of the package. signal-exit 3 takes `assert`
 * for one argument check; terminal-size takes `child_process` for when the stream cannot say
 * its size. They get a stand-in that loads the real module only when it is needed: when the
 * check fails, when the size is asked of a command.
 */
export const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const LAZY = [
      { importer: /[\\/]node_modules[\\/]signal-exit[\\/]/, module: /^assert$/, contents: "module.exports = { equal: (a, b, message) => { if (a != b) require('node:assert').equal(a, b, message); } };", loader: 'js' },
      { importer: /[\\/]node_modules[\\/]terminal-size[\\/]/, module: /^node:child_process$/, contents: "import { createRequire } from 'node:module';\nexport const execFileSync = (...a) => createRequire(import.meta.url)('node:child_process').execFileSync(...a);", loader: 'js' },
    ];
    b.onResolve({ filter: /^(assert|node:child_process)$/ }, (args) => {
      const i = LAZY.findIndex((l) => l.importer.test(args.importer) && l.module.test(args.path));
      return i === -1 ? undefined : { path: args.path, namespace: 'lazy-builtin', pluginData: i };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({ contents: LAZY[args.pluginData].contents, loader: 'js', resolveDir: process.cwd() }));
  },
};
