#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code between runs (as tsc does); older Node starts without it.
module.enableCompileCache?.();
await import('../dist/redline.js');
