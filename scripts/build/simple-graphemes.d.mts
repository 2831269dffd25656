import type { Plugin } from 'esbuild';

export declare const simpleGraphemes: Plugin;
