// Preloaded (node --import) into each CLI run of `test:hostile`: at exit, reports the
// process's peak memory and whether any built-in prototype changed, on fd 3.
import { writeSync } from 'node:fs';
import process from 'node:process';
import { watchPrototypes } from '../helpers/prototypes.mjs';

const changed = watchPrototypes();

process.on('exit', () => {
  try {
    writeSync(3, JSON.stringify({ rssKb: process.resourceUsage().maxRSS, polluted: changed().length > 0 }));
  } catch {
    // no fd 3: run by hand
  }
});
