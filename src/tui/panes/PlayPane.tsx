import { ROLES, ROLE_NAMES } from '../../../machines/index.js';
import { wrap } from '../model/text.js';
import { Lines, plain, type Line } from './Lines.js';
import { innerHeight, innerWidth, Pane } from './Pane.js';

/** What the play overlay shows: the roles to pick from, a decision to take, or the debrief. */
export type PlayStage =
  | { readonly kind: 'casting'; readonly pick: number }
  | { readonly kind: 'deciding'; readonly text: string; readonly options: readonly string[]; readonly reason?: string }
  | { readonly kind: 'debrief'; readonly text: string };

export interface Props {
  readonly stage: PlayStage;
  readonly width: number;
  readonly height: number;
}

const TITLES = { casting: 'Play a part: pick a role', deciding: 'Your decision', debrief: 'Debrief' } as const;

/** Play a part (p): ↑ ↓ and Enter pick a role; at each of its decisions a number picks an option (: a reason first); the debrief at the end. */
export function PlayPane({ stage, width, height }: Props) {
  const w = innerWidth(width);
  const lines: Line[] = [];
  const para = (text: string) => text.split('\n').forEach((t) => (t === '' ? lines.push([{ text: ' ' }]) : wrap(t, w).forEach((x) => lines.push(plain(x)))));
  if (stage.kind === 'casting') {
    ROLE_NAMES.forEach((r, i) => {
      const sel = i === stage.pick;
      lines.push([{ text: `${sel ? '▶' : ' '} ${r.padEnd(10)}`, bold: sel, inverse: sel, keep: true }, { text: ROLES[r], bold: sel }]);
    });
    lines.push([{ text: ' ' }], plain('↑ ↓ choose · Enter play · Esc cancel', 'muted'));
  } else if (stage.kind === 'deciding') {
    // The keys first: a short terminal still shows how to answer.
    lines.push(plain(`1–${stage.options.length} choose (${stage.options.map((o, i) => `${i + 1} ${o}`).join(', ')}) · : a reason · Esc: the model takes the rest`, 'muted'));
    if (stage.reason) wrap(`your reason, for the next choice: "${stage.reason}"`, w).forEach((x) => lines.push(plain(x)));
    para(stage.text);
  } else {
    lines.push(plain('any key closes; the played run stays on screen to step through', 'muted'));
    para(stage.text);
  }
  return (
    <Pane title={TITLES[stage.kind]} width={width} height={height} tone="title">
      <Lines lines={lines} width={w} height={innerHeight(height)} />
    </Pane>
  );
}
