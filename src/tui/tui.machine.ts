import { and, assign, emit, fromCallback, not, or, raise, setup, stateIn } from 'xstate';
import { ROLE_NAMES, type Params, type Role } from '../../machines/index.js';
import { parseDay } from '../engine/index.js';
import type { Change } from '../scenario/changes.js';
import { editForm, formChange, initialForm, type FormContext, type ForkForm } from './model/fork-form.js';
import { GAUGES } from './model/gauges.js';
import { nextPane, type DetailPane } from './model/layout.js';
import { computeDistribution, type DistView } from './model/distribution.js';
import type { Session } from './model/session.js';
import { warmWorker, type WarmWorker } from '../sweep/warm-worker.js';

/** What the key handling needs to know of the run on screen. */
export interface RunView {
  readonly length: number;
  readonly params: Params;
  /** The seq of the last event on or before a date (0 when none). */
  seqOn(date: string): number;
  dateAt(seq: number): string | null;
  /** The id of the input at a seq; null on a decision or at the start. */
  inputAt(seq: number): string | null;
  hasInput(id: string): boolean;
  /** Where `w` offers to write the fork; null when there is nothing to write. */
  readonly writePath: string | null;
  /** How many changes the fork on screen has (0 when not forked). */
  readonly changes: number;
  /** The session it is a view of, for the effects that run on it (the distribution). */
  readonly session: Session;
}

export interface Notice {
  readonly kind: 'error' | 'info';
  readonly text: string;
}

/** Playback speeds, in events per second. */
export const SPEEDS = [1, 2, 4, 8, 16, 32] as const;

export interface TuiContext {
  readonly view: RunView;
  readonly seq: number;
  readonly speed: number;
  readonly gauge: number;
  readonly focus: DetailPane;
  /** What the user is typing in a prompt, and what was wrong with it. */
  readonly text: string;
  readonly error: string | null;
  readonly files: readonly string[];
  /** Each file's scenario title, in the order of `files`; undefined for one that does not load. */
  readonly titles: readonly (string | undefined)[];
  readonly pick: number;
  readonly form: ForkForm;
  readonly notice: Notice | null;
  /** How many changes the fork had when last written: quitting with more asks first. */
  readonly saved: number;
  /** The Distribution pane's figures so far; null before its first members are in. */
  readonly dist: DistView | null;
  /** Play a part (p): the role picked, and what the game shows now. */
  readonly role: number;
  readonly game: GameView | null;
  /** The player's one-line reason for the next choice (typed after `:`), kept in the log with it. */
  readonly reason: string;
}

/** A game's decision to take (its text and options), or its debrief at the end. */
export type GameView = { readonly text: string; readonly options: readonly string[] } | { readonly debrief: string };

export type TuiEvent =
  | { readonly type: 'KEY'; readonly key: string }
  | { readonly type: 'TICK' }
  | { readonly type: 'RUN_LOADED'; readonly view: RunView; readonly seq: number }
  | { readonly type: 'SCENARIOS_LISTED'; readonly files: readonly string[]; readonly titles?: readonly (string | undefined)[] }
  | { readonly type: 'NOTICE'; readonly notice: Notice }
  | { readonly type: 'WRITTEN'; readonly path: string }
  | { readonly type: 'WRITE_FAILED'; readonly message: string }
  | { readonly type: 'DIST_PROGRESS'; readonly dist: DistView }
  | { readonly type: 'GAME'; readonly game: GameView };

/** What the machine asks the app to do: open a file, fork the run, write the fork, list scenarios. */
export type TuiRequest =
  | { readonly type: 'open'; readonly file: string }
  | { readonly type: 'fork'; readonly change: Change; readonly at: { readonly seq: number; readonly date: string | null } }
  | { readonly type: 'write'; readonly path: string }
  | { readonly type: 'list' }
  | { readonly type: 'play'; readonly roles: readonly Role[] }
  /** An option at the game's decision, with the player's reason if any; null: the model takes the rest. */
  | { readonly type: 'choose'; readonly option: string | null; readonly reason?: string };

const keyOf = (e: TuiEvent): string | undefined => (e.type === 'KEY' ? e.key : undefined);
/** What the fork form knows at the cursor. */
export const formContext = (c: TuiContext): FormContext => ({
  input: c.view.inputAt(c.seq), date: c.view.dateAt(c.seq), params: c.view.params, hasInput: (id) => c.view.hasInput(id),
});
const clampSeq = (c: TuiContext, seq: number) => Math.max(0, Math.min(c.view.length, seq));
/** A guard that holds for any of these keys. */
const key = (...keys: string[]) => ({ type: 'key', params: { keys } }) as const;
let worker: WarmWorker | undefined;
/**
 * The distribution of the run on screen, computed on one worker kept warm for
 * the whole session; leaving (the next change, closing the pane) cancels it.
 */
export const distributionActor = fromCallback<TuiEvent, { session: Session }>(({ sendBack, input }) =>
  computeDistribution(input.session, (worker ??= warmWorker()), (dist) => sendBack({ type: 'DIST_PROGRESS', dist })));
/** Keys the Distribution pane takes when no prompt or overlay has them. */
const BROWSING = or([stateIn('#tui.mode.view.browsing'), stateIn('#tui.mode.view.playing')]);
const QUIT = { guard: key('q', 'ctrl+c'), target: '#tui.mode.quit' } as const;
const INTERRUPT = { guard: key('ctrl+c'), target: '#tui.mode.quit' } as const;
const CANCEL = { guard: key('escape'), target: '#tui.mode.view' } as const;
/** Enter: if `valid`, do `then` and go back to the view; otherwise `otherwise` (say what is wrong). */
const submit = <T extends string, O extends string>(valid: 'validDate' | 'formValid', then: T, otherwise: O) => [
  { guard: and([key('enter'), valid]), actions: then, target: 'view' },
  { guard: key('enter'), actions: otherwise },
] as const;
/** Editing a prompt's text. */
const TYPING = [{ guard: key('backspace'), actions: 'erase' }, { guard: 'printable', actions: 'type' }] as const;

/**
 * The terminal UI's modes and keys: browsing, playing, the go-to-date prompt,
 * the scenario picker, help, the fork form, the write prompt, and the compare
 * and explain overlays. Side effects leave as emitted requests (`TuiRequest`).
 */
export const tuiMachine = setup({
  types: {
    context: {} as TuiContext,
    events: {} as TuiEvent,
    emitted: {} as TuiRequest,
    input: {} as { view: RunView; seq?: number },
  },
  actors: { distribution: distributionActor },
  guards: {
    key: ({ event }, params: { keys: readonly string[] }) => params.keys.includes(keyOf(event) ?? ''),
    printable: ({ event }) => [...(keyOf(event) ?? '')].length === 1,
    atEnd: ({ context }) => context.seq >= context.view.length,
    canWrite: ({ context }) => context.view.writePath !== null,
    unsaved: ({ context }) => context.view.changes > 0 && context.view.changes !== context.saved,
    validDate: ({ context }) => parseDay(context.text.trim()) !== undefined,
    hasFiles: ({ context }) => context.files.length > 0,
    formValid: ({ context }) => 'change' in formChange(context.form, formContext(context)),
    optionKey: ({ context, event }) => {
      const g = context.game;
      const n = Number(keyOf(event));
      return g !== null && 'options' in g && Number.isInteger(n) && n >= 1 && n <= g.options.length;
    },
    gameOver: ({ context }) => context.game !== null && 'debrief' in context.game,
  },
  actions: {
    stepBy: assign(({ context }, params: { by: number }) => ({ seq: clampSeq(context, context.seq + params.by) })),
    stepTo: assign(({ context }, params: { to: 'start' | 'end' }) => ({ seq: params.to === 'start' ? 0 : context.view.length })),
    speed: assign(({ context }, params: { by: number }) => ({ speed: Math.max(0, Math.min(SPEEDS.length - 1, context.speed + params.by)) })),
    gauge: assign(({ context }, params: { by: number }) => ({ gauge: (context.gauge + params.by + GAUGES.length) % GAUGES.length })),
    focus: assign(({ context }, params: { distribution: boolean }) => ({ focus: nextPane(context.focus, params.distribution) })),
    clearText: assign({ text: '', error: null }),
    type: assign(({ context, event }) => ({ text: context.text + keyOf(event)!, error: null })),
    erase: assign(({ context }) => ({ text: [...context.text].slice(0, -1).join(''), error: null })),
    goToDate: assign(({ context }) => ({ seq: context.view.seqOn(context.text.trim()) })),
    badDate: assign(({ context }) => ({ error: `"${context.text}" is not a date; type one as YYYY-MM-DD, e.g. 2024-05-20` })),
    pick: assign(({ context }, params: { by: number }) => ({
      pick: context.files.length ? (context.pick + params.by + context.files.length) % context.files.length : 0,
    })),
    startForm: assign(({ context }) => ({ form: initialForm(formContext(context)) })),
    editForm: assign(({ context, event }) => ({ form: editForm(context.form, keyOf(event)!, formContext(context)) })),
    formError: assign(({ context }) => {
      const result = formChange(context.form, formContext(context));
      return { form: { ...context.form, error: 'error' in result ? result.error : null } };
    }),
    requestFork: emit(({ context }) => {
      const result = formChange(context.form, formContext(context)) as { change: Change };
      return { type: 'fork' as const, change: result.change, at: { seq: context.seq, date: context.view.dateAt(context.seq) } };
    }),
    requestOpen: emit(({ context }) => ({ type: 'open' as const, file: context.files[context.pick]! })),
    requestWrite: emit(({ context }) => ({ type: 'write' as const, path: context.text.trim() })),
    requestList: emit({ type: 'list' as const }),
    pickRole: assign(({ context }, params: { by: number }) => ({ role: (context.role + params.by + ROLE_NAMES.length) % ROLE_NAMES.length })),
    requestPlay: emit(({ context }) => ({ type: 'play' as const, roles: [ROLE_NAMES[context.role]!] })),
    requestChoice: emit(({ context, event }) => {
      const g = context.game as { options: readonly string[] };
      const reason = context.reason.trim();
      return { type: 'choose' as const, option: g.options[Number(keyOf(event)) - 1]!, ...(reason ? { reason } : {}) };
    }),
    typeReason: assign(({ context, event }) => ({ reason: context.reason + keyOf(event)! })),
    eraseReason: assign(({ context }) => ({ reason: [...context.reason].slice(0, -1).join('') })),
    requestFinish: emit({ type: 'choose' as const, option: null }),
    nothingToWrite: raise({ type: 'NOTICE', notice: { kind: 'info', text: 'nothing to write yet: fork the run first (f)' } }),
    markSaved: assign(({ context }) => ({ saved: context.view.changes })),
    written: raise(({ event }) => ({
      type: 'NOTICE' as const, notice: { kind: 'info' as const, text: `wrote ${(event as { path: string }).path}` },
    })),
  },
}).createMachine({
  id: 'tui',
  type: 'parallel',
  context: ({ input }) => ({
    view: input.view, seq: input.seq ?? 0, speed: 1, gauge: 0, focus: 'decision', text: '', error: null,
    files: [], titles: [], pick: 0, form: initialForm({ input: null, date: null, params: input.view.params, hasInput: () => false }), notice: null, saved: 0,
    dist: null, role: 0, game: null, reason: '',
  }),
  on: {
    RUN_LOADED: { actions: assign(({ event }) => ({ view: event.view, seq: Math.max(0, Math.min(event.view.length, event.seq)) })) },
  },
  states: {
    mode: {
      initial: 'view',
      states: {
        view: {
          initial: 'browsing',
          on: {
            KEY: [
              { guard: and([key('q'), 'unsaved']), target: 'confirmQuit' },
              QUIT,
              { guard: key('right'), actions: { type: 'stepBy', params: { by: 1 } } },
              { guard: key('left'), actions: { type: 'stepBy', params: { by: -1 } } },
              { guard: key('pagedown'), actions: { type: 'stepBy', params: { by: 10 } } },
              { guard: key('pageup'), actions: { type: 'stepBy', params: { by: -10 } } },
              { guard: key('home'), actions: { type: 'stepTo', params: { to: 'start' } } },
              { guard: key('end'), actions: { type: 'stepTo', params: { to: 'end' } } },
              { guard: key('down'), actions: { type: 'gauge', params: { by: 1 } } },
              { guard: key('up'), actions: { type: 'gauge', params: { by: -1 } } },
              { guard: key('+', '='), actions: { type: 'speed', params: { by: 1 } } },
              { guard: key('-', '_'), actions: { type: 'speed', params: { by: -1 } } },
              { guard: and([key('tab'), stateIn('#tui.distribution.open')]), actions: { type: 'focus', params: { distribution: true } } },
              { guard: key('tab'), actions: { type: 'focus', params: { distribution: false } } },
              { guard: key(' '), target: '.playing' },
              { guard: key('d'), target: '.comparing' },
              { guard: key('e'), target: '.explaining' },
              { guard: key('?'), target: 'help' },
              { guard: key('g'), target: 'goTo' },
              { guard: key('s'), target: 'picking' },
              { guard: key('f'), target: 'forking' },
              { guard: key('p'), target: 'casting' },
              { guard: and([key('w'), 'canWrite']), target: 'writing' },
              { guard: key('w'), actions: 'nothingToWrite' },
            ],
          },
          states: {
            browsing: {},
            playing: {
              on: {
                TICK: [{ guard: 'atEnd', target: 'browsing' }, { actions: { type: 'stepBy', params: { by: 1 } } }],
                KEY: [
                  { guard: key(' '), target: 'browsing' },
                  { guard: key('right'), target: 'browsing', actions: { type: 'stepBy', params: { by: 1 } } },
                  { guard: key('left'), target: 'browsing', actions: { type: 'stepBy', params: { by: -1 } } },
                ],
              },
            },
            comparing: { on: { KEY: { guard: key('escape', 'd'), target: 'browsing' } } },
            explaining: { on: { KEY: { guard: key('escape', 'e'), target: 'browsing' } } },
          },
        },
        help: { on: { KEY: [INTERRUPT, { target: 'view' }] } },
        // q with a fork not yet written: q again or y quits, w writes, any other key goes back.
        confirmQuit: {
          on: {
            KEY: [
              { guard: key('q', 'y', 'ctrl+c'), target: 'quit' },
              { guard: and([key('w'), 'canWrite']), target: 'writing' },
              { target: 'view' },
            ],
          },
        },
        goTo: {
          entry: 'clearText',
          on: {
            KEY: [
              INTERRUPT, CANCEL,
              ...submit('validDate', 'goToDate', 'badDate'),
              ...TYPING,
            ],
          },
        },
        picking: {
          entry: [assign({ files: [], titles: [], pick: 0 }), 'requestList'],
          on: {
            SCENARIOS_LISTED: { actions: assign(({ event }) => ({ files: event.files, titles: event.titles ?? [] })) },
            KEY: [
              INTERRUPT, CANCEL,
              { guard: key('down'), actions: { type: 'pick', params: { by: 1 } } },
              { guard: key('up'), actions: { type: 'pick', params: { by: -1 } } },
              { guard: and([key('enter'), 'hasFiles']), actions: 'requestOpen', target: 'view' },
            ],
          },
        },
        forking: {
          entry: 'startForm',
          on: {
            KEY: [
              INTERRUPT, CANCEL,
              ...submit('formValid', 'requestFork', 'formError'),
              { actions: 'editForm' },
            ],
          },
        },
        writing: {
          entry: assign(({ context }) => ({ text: context.view.writePath ?? '', error: null })),
          on: {
            KEY: [
              INTERRUPT, CANCEL,
              { guard: key('enter'), actions: 'requestWrite' },
              ...TYPING,
            ],
            WRITTEN: { target: 'view', actions: ['markSaved', 'written'] },
            WRITE_FAILED: { actions: assign(({ event }) => ({ error: event.message })) },
          },
        },
        // p: pick a role, then take its decisions one by one; the debrief closes the game.
        casting: {
          on: {
            KEY: [
              INTERRUPT, CANCEL,
              { guard: key('down'), actions: { type: 'pickRole', params: { by: 1 } } },
              { guard: key('up'), actions: { type: 'pickRole', params: { by: -1 } } },
              { guard: key('enter'), actions: [assign({ game: null, reason: '' }), 'requestPlay'], target: 'deciding' },
            ],
          },
        },
        // As at play's prompt, ':' starts the reason; Enter keeps it for the choice a number then makes.
        deciding: {
          initial: 'choosing',
          on: {
            GAME: { actions: assign(({ event }) => ({ game: event.game })) },
            KEY: [
              INTERRUPT,
              { guard: 'gameOver', target: 'view' },
              { guard: key('escape'), actions: 'requestFinish' },
              { guard: 'optionKey', actions: ['requestChoice', assign({ reason: '' })] },
              { guard: key('right'), actions: { type: 'stepBy', params: { by: 1 } } },
              { guard: key('left'), actions: { type: 'stepBy', params: { by: -1 } } },
            ],
          },
          states: {
            choosing: { on: { KEY: { guard: and([key(':'), not('gameOver')]), target: 'reasoning' } } },
            reasoning: {
              on: {
                KEY: [
                  INTERRUPT,
                  { guard: key('enter'), target: 'choosing' },
                  { guard: key('escape'), actions: assign({ reason: '' }), target: 'choosing' },
                  { guard: key('backspace'), actions: 'eraseReason' },
                  { guard: 'printable', actions: 'typeReason' },
                ],
              },
            },
          },
        },
        quit: { type: 'final' },
      },
    },
    // The Distribution pane (m): while it is open its figures are computed for the run on screen, again after each change.
    distribution: {
      initial: 'closed',
      states: {
        closed: { on: { KEY: { guard: and([key('m'), BROWSING]), target: 'open', actions: assign({ focus: 'distribution' as const }) } } },
        open: {
          entry: assign({ dist: null }),
          // The run just loaded comes with the event: the context's view may not have taken it yet.
          invoke: { src: 'distribution', input: ({ context, event }) => ({ session: (event.type === 'RUN_LOADED' ? event.view : context.view).session }) },
          on: {
            KEY: {
              guard: and([key('m', 'escape'), BROWSING]), target: 'closed',
              actions: assign(({ context }) => ({ focus: context.focus === 'distribution' ? 'decision' as const : context.focus })),
            },
            RUN_LOADED: { target: 'open', reenter: true },
            DIST_PROGRESS: { actions: assign(({ event }) => ({ dist: event.dist })) },
          },
        },
      },
    },
    notice: {
      initial: 'hidden',
      states: {
        hidden: { on: { NOTICE: { target: 'shown', actions: assign(({ event }) => ({ notice: event.notice })) } } },
        shown: {
          on: {
            NOTICE: { actions: assign(({ event }) => ({ notice: event.notice })) },
            KEY: { target: 'hidden', actions: assign({ notice: null }) },
          },
        },
      },
    },
  },
});

export type Mode = 'browsing' | 'playing' | 'comparing' | 'explaining' | 'help' | 'goTo' | 'picking' | 'forking' | 'writing' | 'confirmQuit' | 'casting' | 'deciding' | 'quit';

/** The mode a machine state is in, e.g. `{ mode: { view: 'playing' } }` → `playing`. */
export function modeOf(value: { mode?: unknown }): Mode {
  const mode = value.mode;
  if (typeof mode === 'string') return mode as Mode;
  const [name, child] = Object.entries(mode as Record<string, unknown>)[0]!;
  return name === 'view' ? child as Mode : name as Mode;
}

/** Whether the player is typing a reason for the next choice (`:` at a decision). */
export const typingReason = (value: { mode?: unknown }): boolean =>
  (value.mode as { deciding?: unknown } | undefined)?.deciding === 'reasoning';
