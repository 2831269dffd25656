// Preloaded (node --import) into each CLI run of `test:hostile`: at exit, reports the
// process's peak memory and whether any built-in prototype gained a property, on fd 3.
import { writeSync } from 'node:fs';
import process from 'node:process';

const prototypes = [Object.prototype, Array.prototype, Function.prototype];
const names = () => prototypes.map((p) => Object.getOwnPropertyNames(p).join(',')).join('|');
const before = names();

process.on('exit', () => {
  const polluted = names() !== before || ({}).polluted !== undefined;
  try {
    writeSync(3, JSON.stringify({ rssKb: process.resourceUsage().maxRSS, polluted }));
  } catch {
    // no fd 3: run by hand
  }
});
