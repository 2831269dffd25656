import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { loadSweepJob } from '../../src/sweep/load-job.js';
import { sweepHeader } from '../../src/sweep/rows.js';
import { readHeader } from '../../src/sweep/sweep-file.js';
import { tempScenario } from '../helpers/scenario.js';

const openFiles = () => readdirSync('/proc/self/fd').length;

describe('a rows file\'s header', () => {
  // merge reads the header of every part it is given, and chart --sweep and --resume read one each.
  it.skipIf(!existsSync('/proc/self/fd'))('is read without leaving the file open', () => {
    const header = sweepHeader(loadSweepJob('scenarios/baseline-uncertain.yaml'), 100, { index: 1, count: 1 });
    const file = tempScenario(`${JSON.stringify(header)}\n`, 'rows.jsonl');
    const before = openFiles();
    for (let i = 0; i < 20; i++) expect(readHeader(file)).toEqual(header);
    expect(openFiles()).toBe(before);
  });
});
