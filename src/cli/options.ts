/**
 * Every command's options, as `node:util` parseArgs takes them plus what help, completion and
 * docs/cli.md say about each. Plain data, so the registry can list it without loading a command.
 */
export interface OptionSpec {
  readonly type: 'boolean' | 'string';
  readonly short?: string;
  readonly multiple?: boolean;
  /** The value's name in help (N, FILE, YYYY-MM-DD); a string option has one. */
  readonly value?: string;
  /** A whole number from min to max, checked before the command loads. */
  readonly whole?: readonly [min: number, max: number];
  /** The value taken when the option is not given, as help shows it. */
  readonly fallback?: string;
  /** What shell completion offers for the value. */
  readonly complete?: Completion;
  readonly help: string;
}

/** Files (any, or ending so), milestone ids, machine ids, or fixed words. */
export type Completion = 'file' | '.yaml' | '.jsonl' | '.svg' | '.html' | 'milestone' | 'machine' | readonly string[];

export type OptionTable = Readonly<Record<string, OptionSpec>>;

export const MAX_RUNS = 10_000_000;

const json = { type: 'boolean', help: 'print JSON instead of the table' } as const;
const force = { type: 'boolean', help: 'overwrite the output file if it exists' } as const;
const pictureJson = { type: 'boolean', help: 'print JSON: the path written (or the text), its format and what was drawn' } as const;
const output = (what: string, complete: Completion) =>
  ({ type: 'string', short: 'o', value: 'FILE', complete, help: `write ${what} to FILE instead of stdout` }) as const;

/** Which members an answer is asked of: every command that runs a scenario takes them. */
const ENSEMBLE_OPTIONS = {
  ensemble: { type: 'string', value: 'FILE', complete: '.jsonl', help: 'answer over this calibrated ensemble (redline calibrate --out); by default the one kept in ensembles/ for the scenario or one it extends' },
  single: { type: 'boolean', help: 'one run of the scenario as written, not the ensemble' },
} as const satisfies OptionTable;

export const RUN_OPTIONS = {
  json,
  ...ENSEMBLE_OPTIONS,
  log: { type: 'string', value: 'FILE', complete: '.jsonl', help: 'save the run\'s event log to FILE (JSON Lines)' },
  force: { type: 'boolean', help: 'with --log, overwrite FILE if it exists' },
} as const satisfies OptionTable;

export const DIFF_OPTIONS = { json, ...ENSEMBLE_OPTIONS } as const satisfies OptionTable;
export const MODEL_OPTIONS = { json } as const satisfies OptionTable;
export const CHECK_OPTIONS = { json, ...ENSEMBLE_OPTIONS } as const satisfies OptionTable;

export const EXPLAIN_OPTIONS = {
  json,
  ...ENSEMBLE_OPTIONS,
  against: { type: 'string', value: 'FILE', complete: 'file', help: 'compare with this scenario (or log) instead of the parent (a played log: the model\'s own run)' },
} as const satisfies OptionTable;

export const REPLAY_OPTIONS = {
  json,
  verify: { type: 'boolean', help: 'run the model again and report the first event that differs (exit 1)' },
  reference: { type: 'boolean', help: 'with --verify, run it through XState\'s own transition() instead of the engine' },
  lenient: { type: 'boolean', help: 'read what can be read of a log whose claims cannot all be true, listing every doubt' },
} as const satisfies OptionTable;

export const PLAY_OPTIONS = {
  as: { type: 'string', value: 'ROLE[,ROLE]', complete: ['president', 'nsc', 'kyiv'], help: 'the roles you take: president, nsc (Sullivan), kyiv; two for a hot seat' },
  choose: { type: 'string', multiple: true, value: 'D=O[,D=O]', help: 'your choices in order: decision=option (presidentialReview=defer), option*N for N in a row; the model takes any decision you leave' },
  choices: { type: 'string', value: 'FILE', complete: 'file', help: 'your choices from FILE, one a line: decision=option[*N][: reason]' },
  prompt: { type: 'boolean', help: 'ask at each decision, reading answers from stdin (the default on a terminal with no --choose or --choices)' },
  teacher: { type: 'boolean', help: 'hide the model\'s choice and the record until you have chosen' },
  log: { type: 'string', value: 'FILE', complete: '.jsonl', help: 'save the played run\'s event log to FILE (replay, verify, debrief it)' },
  force: { type: 'boolean', help: 'with --log, overwrite FILE if it exists' },
  json: { type: 'boolean', help: 'print the debrief as JSON' },
} as const satisfies OptionTable;

export const DEBRIEF_OPTIONS = { json: { type: 'boolean', help: 'print the debrief (or the table of several) as JSON' } } as const satisfies OptionTable;

export const STATE_OPTIONS = {
  at: { type: 'string', value: 'N', help: 'the state after event N (0: the starting state)' },
  on: { type: 'string', value: 'YYYY-MM-DD', help: 'the state at the end of that day' },
  lenient: { type: 'boolean', help: 'read what can be read of a log whose claims cannot all be true, listing every doubt' },
  json,
} as const satisfies OptionTable;

export const FORK_OPTIONS = {
  at: { type: 'string', value: 'N', help: 'keep events 1..N of the log; the changes apply after it' },
  add: { type: 'string', multiple: true, value: 'event.yaml', complete: '.yaml', help: 'add the event in this file (repeatable)' },
  remove: { type: 'string', multiple: true, value: 'ID', help: 'remove the input event with this id (repeatable)' },
  move: { type: 'string', multiple: true, value: 'ID=YYYY-MM-DD', help: 'move an input event to another day (repeatable)' },
  set: { type: 'string', multiple: true, value: 'PARAM=VALUE', help: 'set a model parameter (machines/parameters.ts) (repeatable)' },
  output: { type: 'string', short: 'o', value: 'FILE', complete: '.yaml', help: 'the scenario file to write; its name is the fork\'s id' },
  force,
  json,
} as const satisfies OptionTable;

export const DIAGRAM_OPTIONS = {
  machine: { type: 'string', value: 'ID', complete: 'machine', help: 'draw only this machine' },
  svg: { type: 'boolean', help: 'SVG instead of Mermaid text (implied by -o *.svg)' },
  output: output('the diagram', 'file'),
  force,
  json: pictureJson,
} as const satisfies OptionTable;

export const CHART_OPTIONS = {
  output: output('the SVG', '.svg'),
  force,
  json: pictureJson,
  sweep: { type: 'string', value: 'ROWS', complete: 'file', help: 'histograms of milestone dates from a sweep\'s rows (sweep --json or --out)' },
} as const satisfies OptionTable;

export const REPORT_COMMAND_OPTIONS = {
  output: output('the HTML page', '.html'),
  ...ENSEMBLE_OPTIONS,
  force,
  json: pictureJson,
} as const satisfies OptionTable;

export const TUI_OPTIONS = {} as const satisfies OptionTable;

/** The options `sweep` and `merge` share: what to print and about which date and milestone. */
export const REPORT_OPTIONS = {
  json: { type: 'boolean', help: 'print JSON: the rows (or with --summary the summary)' },
  csv: { type: 'boolean', help: 'print CSV rows (or with --summary the summary)' },
  summary: { type: 'boolean', help: 'with --json or --csv, print the summary rather than the rows' },
  by: { type: 'string', value: 'YYYY-MM-DD', fallback: '2024-06-01', help: 'the date a milestone\'s "reached by" share is read at' },
  focus: { type: 'string', value: 'MILESTONE', fallback: 'final-approval', complete: 'milestone', help: 'the milestone whose drivers are ranked' },
} as const satisfies OptionTable;

export const SWEEP_OPTIONS = {
  ...REPORT_OPTIONS,
  runs: { type: 'string', value: 'N', whole: [1, MAX_RUNS], fallback: '1000', help: 'how many runs' },
  seed: { type: 'string', value: 'S', whole: [0, 2 ** 32 - 1], fallback: 'the scenario\'s', help: 'the seed of the random draws' },
  shard: { type: 'string', value: 'K/M', help: 'run only the K-th of M equal parts (merge them with redline merge)' },
  workers: { type: 'string', value: 'W', whole: [0, 256], fallback: 'by the sweep\'s size', help: 'worker threads besides the main one, which computes too (0: the main thread alone)' },
  'shard-from-env': { type: 'boolean', help: 'take K (and M) from a batch engine\'s variables (Slurm, SGE, PBS, LSF, parallel)' },
  'shard-count': { type: 'string', value: 'M', whole: [1, MAX_RUNS], help: 'with --shard-from-env, the number of parts' },
  sensitivity: { type: 'string', value: 'METHOD', complete: ['sobol'], help: 'Sobol indices (with intervals) of each uncertain input' },
  discover: { type: 'string', value: 'CONDITION', help: 'what marks out the runs where "<milestone> never|after DATE|before DATE"' },
  out: { type: 'string', value: 'FILE', complete: 'file', help: 'write the rows to FILE (JSON Lines) and print the summary' },
  resume: { type: 'boolean', help: 'with --out, carry on the rows already in FILE' },
  tally: { type: 'string', value: 'FILE', complete: 'file', help: 'write this part\'s tally to FILE, for a merge that does not read rows' },
} as const satisfies OptionTable;

/** `calibrate`: ABC rejection over the priors; shards and workers as a sweep's. */
export const CALIBRATE_OPTIONS = {
  draws: { type: 'string', value: 'N', whole: [1, MAX_RUNS], fallback: '10000', help: 'how many draws from the priors to try' },
  seed: SWEEP_OPTIONS.seed,
  out: { type: 'string', value: 'FILE', complete: '.jsonl', help: 'write the accepted members to FILE (an ensemble, JSON Lines)' },
  force: { type: 'boolean', help: 'with --out, overwrite FILE if it exists' },
  shard: SWEEP_OPTIONS.shard,
  workers: SWEEP_OPTIONS.workers,
  json: { type: 'boolean', help: 'print the calibration as JSON' },
} as const satisfies OptionTable;

export const COMPLETION_OPTIONS = {} as const satisfies OptionTable;
