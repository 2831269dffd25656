// The build's shims, in the order esbuild runs them: every bundle the bin runs is built with all of
// them (scripts/build.mjs), and tests that check the bundled stack build with the same list.
// scripts/build/README.md says what each swaps and what it buys.
import { noDevtools } from './no-devtools.mjs';
import { fastStringWidth } from './fast-string-width.mjs';
import { simpleGraphemes } from './simple-graphemes.mjs';
import { lazyBuiltins } from './lazy-builtins.mjs';

export const SHIMS = { noDevtools, fastStringWidth, simpleGraphemes, lazyBuiltins };
export const BUILD_PLUGINS = Object.values(SHIMS);
