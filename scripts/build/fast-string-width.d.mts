import type { Plugin } from 'esbuild';

export declare const fastStringWidth: Plugin;
