import type { Plugin } from 'esbuild';

export declare const noDevtools: Plugin;
