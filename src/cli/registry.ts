import type { CommandIO } from './io.js';
import * as O from './options.js';
import type { Completion, OptionTable } from './options.js';

/** A command: its arguments and where it writes, to an exit code. */
export type Handler = (args: string[], io: CommandIO) => Promise<number>;

/** One subcommand: what help, dispatch, completion and docs/cli.md all read. */
export interface CommandSpec {
  readonly name: string;
  /** One line: what it does. */
  readonly summary: string;
  /** Synopses, each after "redline ". */
  readonly usage: readonly string[];
  /**
   * More about it, for `redline CMD --help` and docs/cli.md; a loader when it is read from the
   * machines, so that only help pays for loading them.
   */
  readonly details?: string | (() => Promise<string>);
  readonly options: OptionTable;
  /** What completion offers for the arguments that are not options. */
  readonly operands?: Completion;
  readonly examples: readonly string[];
  /** Runs without the model (so a machine the engine cannot run does not stop it). */
  readonly withoutModel?: true;
  /**
   * Loads the command's module and runs it. Each import path stays literal so the bundler
   * splits it out: a command pays at start-up only for its own code.
   */
  readonly run: Handler;
}

/** Every command, in the order help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'run', summary: 'milestones of one run of a scenario, then over the calibrated ensemble the share that reach each and when; --log saves the run\'s event log',
    usage: ['run <scenario.yaml> [--json] [--log FILE [--force]] [--ensemble FILE | --single]'], options: O.RUN_OPTIONS, operands: '.yaml',
    examples: ['redline run scenarios/baseline.yaml', 'redline run scenarios/baseline.yaml --log runs/baseline.jsonl'],
    run: async (args, io) => (await import('./run-command.js')).runCommand(args, io),
  },
  {
    name: 'diff', summary: 'milestones of two scenarios side by side, the days each moved, the inputs that differ, then paired over the ensemble the share of members where each came earlier, the same day, later or never',
    usage: ['diff <a.yaml> <b.yaml> [--json] [--ensemble FILE | --single]'], options: O.DIFF_OPTIONS, operands: '.yaml',
    examples: ['redline diff scenarios/baseline.yaml scenarios/congress-early.yaml'],
    run: async (args, io) => (await import('./diff-command.js')).diffCommand(args, io),
  },
  {
    name: 'check', summary: 'every expectation of every scenario, ✓ or ✗ with the actual date',
    usage: ['check <file|folder>... [--json] [--ensemble FILE | --single]'], options: O.CHECK_OPTIONS, operands: 'file',
    details: 'An expectation with `share: { atLeast: 0.8 }` (and/or atMost) is weighed over the ensemble\'s members: the share in which its condition holds; a plain one means the single run. Exit 0 when all hold, 1 when one fails, 2 on bad input.',
    examples: ['redline check scenarios/'],
    run: async (args, io) => (await import('./check-command.js')).checkCommand(args, io),
  },
  {
    name: 'explain', summary: 'why a milestone came when it did, or where the path stopped; compared with the parent (or --against)',
    usage: ['explain <scenario.yaml> <milestone> [--against <scenario.yaml>] [--json] [--ensemble FILE | --single]', 'explain <log.jsonl> <milestone> [--against <scenario.yaml|log.jsonl>] [--json]'],
    options: O.EXPLAIN_OPTIONS, operands: 'file',
    details: 'With --ensemble FILE: the chain of the ensemble\'s median member (by the milestone\'s date), and the first guard where members\' runs part, read in an even sample of them. '
      + 'Given a log, the run it recorded; a played one (play --log) is compared with the model\'s own run of its scenario, from the first choice that parted from the model\'s and the guard it overrode.',
    examples: ['redline explain scenarios/congress-early.yaml final-approval', 'redline explain scenarios/allies-hold-back.yaml final-approval --ensemble ensembles/baseline.jsonl', 'redline explain runs/me.jsonl in-effect'],
    run: async (args, io) => (await import('./explain-command.js')).explainCommand(args, io),
  },
  {
    name: 'replay', summary: 'the milestones of a saved run, from its log alone; --verify runs the model again and reports the first event that differs (exit 1)',
    usage: ['replay <log> [--json] [--lenient]', 'replay <log> --verify [--reference] [--json]'], options: O.REPLAY_OPTIONS, operands: '.jsonl',
    examples: ['redline replay runs/baseline.jsonl', 'redline replay runs/baseline.jsonl --verify'],
    run: async (args, io) => (await import('./replay-command.js')).replayCommand(args, io),
  },
  {
    name: 'play', summary: 'take the president\'s, Sullivan\'s or Kyiv\'s decisions yourself, then the debrief: your milestones beside the model\'s and the record\'s',
    usage: ['play <scenario.yaml> --as ROLE[,ROLE] [--choose D=O,... | --choices FILE | --prompt] [--teacher] [--log FILE [--force]] [--json]'],
    options: O.PLAY_OPTIONS, operands: '.yaml',
    details: async () => (await import('./play-help.js')).playDetails(),
    examples: [
      'redline play scenarios/baseline.yaml --as president',
      'redline play scenarios/baseline.yaml --as president --choose presidentialReview=defer --log runs/me.jsonl',
    ],
    run: async (args, io) => (await import('./play-command.js')).playCommand(args, io),
  },
  {
    name: 'debrief', summary: 'a played run\'s milestones beside the model\'s and the record\'s, each choice that parted and what it cost; several logs: where each parted and how far',
    usage: ['debrief <log.jsonl>... [--json]'], options: O.DEBRIEF_OPTIONS, operands: '.jsonl',
    examples: ['redline debrief runs/me.jsonl', 'redline debrief runs/*.jsonl --json'],
    run: async (args, io) => (await import('./debrief-command.js')).debriefCommand(args, io),
  },
  {
    name: 'state', summary: 'the full state after event N or at the end of a day',
    usage: ['state <log> (--at N | --on YYYY-MM-DD) [--json] [--lenient]'], options: O.STATE_OPTIONS, operands: '.jsonl',
    examples: ['redline state runs/baseline.jsonl --at 17', 'redline state runs/baseline.jsonl --on 2024-05-20'],
    run: async (args, io) => (await import('./state-command.js')).stateCommand(args, io),
  },
  {
    name: 'fork', summary: 'a scenario that keeps events 1..N and changes what follows',
    usage: ['fork <log> --at N (--add event.yaml | --remove ID | --move ID=YYYY-MM-DD | --set PARAM=VALUE)... -o <scenario.yaml> [--force] [--json]'],
    options: O.FORK_OPTIONS, operands: '.jsonl',
    details: 'The changes apply in the order given.',
    examples: ['redline fork runs/baseline.jsonl --at 40 --move blinken-moldova-remarks=2024-05-20 -o my-fork.yaml'],
    run: async (args, io) => (await import('./fork-command.js')).forkCommand(args, io),
  },
  {
    name: 'model', summary: 'the model\'s inventory: what each actor moves or gates, the parameters by kind, the per-event effect overrides, the nine windows',
    usage: ['model [<scenario.yaml>] [--json]'], options: O.MODEL_OPTIONS, operands: '.yaml',
    details: 'Counts the overrides and approximate dates of the scenario named (scenarios/baseline.yaml by default), and ends with how many free numbers meet how many milestone windows.',
    examples: ['redline model', 'redline model scenarios/baseline.yaml --json'],
    run: async (args, io) => (await import('./model-command.js')).modelCommand(args, io),
  },
  {
    name: 'diagram', summary: 'the statechart of every machine (or one), drawn from the machine definitions: Mermaid text, or SVG with --svg or -o *.svg',
    usage: ['diagram [--machine <id>] [--svg] [-o <file>] [--force]'], options: O.DIAGRAM_OPTIONS,
    examples: ['redline diagram', 'redline diagram --machine decision -o decision.svg'],
    run: async (args, io) => (await import('./diagram-command.js')).diagramCommand(args, io),
  },
  {
    name: 'chart', summary: 'SVG timeline of the nine milestones of one or more scenarios, or histograms of milestone dates from a sweep\'s rows',
    usage: ['chart <scenario.yaml>... [-o <file.svg>] [--force]', 'chart --sweep <rows.json> [-o <file.svg>] [--force]'],
    options: O.CHART_OPTIONS, operands: '.yaml',
    details: 'With --sweep (rows from sweep --json or --out), p10, median and p90 are marked.',
    examples: ['redline chart scenarios/baseline.yaml scenarios/congress-early.yaml -o compare.svg'],
    run: async (args, io) => (await import('./chart-command.js')).chartCommand(args, io),
  },
  {
    name: 'report', summary: 'one self-contained HTML page: the what-if, its diff against the parent, paired over the ensemble with a picture of the shifts, each milestone explained, the chart, the sources',
    usage: ['report <scenario.yaml> [-o <file.html>] [--force] [--ensemble FILE | --single]'], options: O.REPORT_COMMAND_OPTIONS, operands: '.yaml',
    examples: ['redline report scenarios/congress-early.yaml -o report.html'],
    run: async (args, io) => (await import('./report-command.js')).reportCommand(args, io),
  },
  {
    name: 'tui', summary: 'step through a run, fork a what-if and save it (a terminal UI)',
    usage: ['tui <scenario.yaml | log.jsonl>'], options: O.TUI_OPTIONS, operands: 'file',
    details: 'Without a terminal it prints what run prints.',
    examples: ['redline tui scenarios/baseline.yaml'],
    run: async (args, io) => (await import('./tui-command.js')).tuiCommand(args, io),
  },
  {
    name: 'sweep', summary: 'many runs with the scenario\'s uncertainty drawn at random: how likely and when each milestone, what moves it most; two scenarios: the difference',
    usage: [
      'sweep <scenario.yaml> [<other.yaml>] [--runs N] [--seed S] [--shard K/M] [--workers W]',
      '      [--out FILE [--resume]] [--json | --csv] [--summary] [--by DATE] [--focus MILESTONE]',
    ],
    options: O.SWEEP_OPTIONS, operands: '.yaml',
    examples: [
      'redline sweep scenarios/baseline-uncertain.yaml --runs 10000',
      'redline sweep scenarios/baseline-uncertain.yaml --runs 100000 --shard 3/8 --out part3.jsonl',
    ],
    run: async (args, io) => (await import('./sweep-command.js')).sweepCommand(args, io),
  },
  {
    name: 'merge', summary: 'the shards of one sweep (--shard K/M) read as the whole',
    usage: ['merge <part>... [--json | --csv] [--summary]'], options: O.REPORT_OPTIONS, operands: 'file',
    examples: ['redline merge part*.jsonl'],
    run: async (args, io) => (await import('./merge-command.js')).mergeCommand(args, io),
  },
  {
    name: 'calibrate', summary: 'keep the draws from the priors (machines/priors.ts) that land all nine milestones in the record: an ensemble (JSON Lines)',
    usage: ['calibrate <scenario.yaml> [--draws N] [--seed S] [--out FILE [--force]] [--shard K/M] [--workers W] [--json]'],
    options: O.CALIBRATE_OPTIONS, operands: '.yaml',
    details: 'Approximate Bayesian computation by rejection: a draw is kept when all nine milestones fall in their windows (machines/windows.ts).',
    examples: ['redline calibrate scenarios/baseline.yaml --draws 8000 --out ensembles/baseline.jsonl'],
    run: async (args, io) => (await import('./calibrate-command.js')).calibrateCommand(args, io),
  },
  {
    name: 'completion', summary: 'a shell completion script for bash, zsh or fish, made from this list of commands',
    usage: ['completion bash|zsh|fish'], options: O.COMPLETION_OPTIONS, operands: ['bash', 'zsh', 'fish'],
    details: 'Load it in the running shell, or save it where the shell looks:\n'
      + '  bash: source <(redline completion bash)\n'
      + '  zsh:  source <(redline completion zsh)\n'
      + '  fish: redline completion fish > ~/.config/fish/completions/redline.fish',
    examples: ['redline completion bash'], withoutModel: true,
    run: async (args, io) => (await import('./completion-command.js')).completionCommand(args, io),
  },
];

/** The command called `name`, if there is one. */
export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
