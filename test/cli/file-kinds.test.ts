import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cliAsync as cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/logs.js';

/*
 * Each command given another kind of file redline writes names what the file is and the command
 * that takes it, at line 1, exit 2: never a parser's complaint ("invalid YAML", "not valid JSON").
 */
const dir = tempDir();
const files = {
  scenario: 'scenarios/baseline.yaml',
  log: join(dir, 'run.jsonl'),
  rows: join(dir, 'rows.jsonl'),
  tally: join(dir, 'part.json'),
  ensemble: join(dir, 'ensemble.jsonl'),
  report: join(dir, 'report.html'),
  picture: join(dir, 'chart.svg'),
};
const IS = {
  scenario: /this is a redline scenario \(YAML\), not (.+); open it with run, diff, check, explain, sweep, chart, report or tui$/,
  log: /this is a redline log \(written by run --log\), not (.+); open it with replay, state, explain, fork or tui$/,
  rows: /this is a redline sweep's rows \(written by sweep --out or --json\), not (.+); open it with merge, chart --sweep or sweep --out FILE --resume$/,
  tally: /this is a redline sweep tally \(written by sweep --tally\), not (.+); open it with merge$/,
  ensemble: /this is a redline ensemble \(written by calibrate --out\), not (.+); docs\/ensembles\.md says what it is for$/,
  report: /this is a redline report \(an HTML page written by report -o\), not (.+); open it in a web browser$/,
  picture: /this is a picture \(SVG, as chart and diagram write\), not (.+); open it in a web browser or an image viewer$/,
};
type Kind = keyof typeof files;

beforeAll(async () => {
  const U = 'scenarios/baseline-uncertain.yaml';
  for (const args of [
    ['run', files.scenario, '--log', files.log],
    ['sweep', U, '--runs', '5', '--workers', '0', '--out', files.rows],
    ['sweep', U, '--runs', '5', '--workers', '0', '--summary', '--json', '--tally', files.tally],
    ['calibrate', files.scenario, '--draws', '50', '--workers', '0', '--out', files.ensemble],
    ['report', 'scenarios/congress-early.yaml', '-o', files.report],
    ['chart', files.scenario, '-o', files.picture],
  ]) expect((await cli(...args)).code, args.join(' ')).toBe(0);
}, 120_000);

/** The commands that read each kind, and what each calls the kind it wants. */
const READERS: [string, (f: string) => string[], Kind, string][] = [
  ['run', (f) => ['run', f], 'scenario', 'a scenario'],
  // explain takes a log too (test/cli/explain-log.test.ts).
  ['explain', (f) => ['explain', f, 'final-approval'], 'scenario', 'a scenario'],
  ['replay', (f) => ['replay', f], 'log', 'a log'],
  ['state', (f) => ['state', f, '--at', '1'], 'log', 'a log'],
  ['chart --sweep', (f) => ['chart', '--sweep', f], 'rows', 'a sweep\'s rows'],
  ['merge', (f) => ['merge', f], 'rows', 'a sweep\'s rows'],
];

describe.each(READERS)('%s', (_, args, takes, wanted) => {
  it.each(Object.keys(files).filter((k) => k !== takes && !(takes === 'rows' && k === 'tally' && _ === 'merge') && !(k === 'log' && _ === 'explain')) as Kind[])('given a %s', async (kind) => {
    const r = await cli(...args(files[kind]));
    expect(r.code, r.err).toBe(2);
    const [where, message] = [r.err.slice(0, r.err.indexOf(': ')), r.err.slice(r.err.indexOf(': ') + 2).split('\n')[0]!];
    expect(where).toBe(`${files[kind]}:1`);
    expect(message).toMatch(IS[kind]);
    expect(IS[kind].exec(message)![1]).toBe(wanted);
  }, 60_000);
});
