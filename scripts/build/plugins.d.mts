import type { Plugin } from 'esbuild';

export declare const SHIMS: Readonly<Record<'noDevtools' | 'fastStringWidth' | 'simpleGraphemes' | 'lazyBuiltins', Plugin>>;
export declare const BUILD_PLUGINS: Plugin[];
