import { INPUT_TYPES, MILESTONE_IDS, measure, type Params } from '../../machines/index.js';
import { foldRun, milestoneDates, type LogEvent, type RunResult } from '../../src/engine/index.js';

/*
 * The model's invariants read off a whole run's log, every machine together:
 * what the model walk checks machine by machine, here for runs of any timeline.
 */

const isChannel = (type: string): boolean => (INPUT_TYPES as Record<string, { event: string }>)[type]?.event === 'CHANNEL_OPENED';

/** Every way a run's log breaks the model's invariants, in words; empty when it keeps them all. */
export function logViolations(run: RunResult): string[] {
  const out: string[] = [];
  const events = run.events;
  const params = run.inputs.params as Params;
  const at = (e: LogEvent) => `#${e.seq} ${e.type} (${e.date})`;

  events.forEach((e, i) => {
    if (e.seq !== i + 1) out.push(`${at(e)}: seq out of order`);
    if (i > 0 && e.date < events[i - 1]!.date) out.push(`${at(e)}: dated before the event it follows`);
    if (e.cause !== null && e.cause >= e.seq) out.push(`${at(e)}: its cause does not come before it`);
  });

  // Per decision instance (the Kharkiv border, deep strikes): the path's order.
  const instances = new Set(events.flatMap((e) => (e.kind === 'decision' && e.data.machine.startsWith('decision') ? [e.data.machine] : [])));
  for (const instance of instances) {
    const seen = new Set<string>();
    const requested = instance === 'decision' ? 'kyiv.requested' : 'kyiv.requested-wider';
    for (const e of events) {
      if (e.kind === 'decision' && e.type === requested) seen.add('kyiv asked');
      if (e.kind !== 'decision' || e.data.machine !== instance) continue;
      const need = (...what: string[]) => {
        for (const w of what) if (!w.split('|').some((x) => seen.has(x))) out.push(`${instance} ${at(e)}: before ${w}`);
      };
      switch (e.type) {
        case 'request.received': need('kyiv asked'); break;
        case 'president.final-approval': need('president.approved-in-principle', 'due-diligence.ordered|due-diligence.waived'); break;
        case 'letter.sent': need('president.final-approval'); break;
        case 'policy.in-effect': need('president.final-approval', 'letter.sent'); break;
        case 'decision.hinted': need('letter.sent'); break;
        case 'decision.leaked': need('president.approved-in-principle'); break;
        case 'policy.confirmed': need('policy.in-effect'); break;
        default:
      }
      seen.add(e.type);
      if (e.type === 'president.approved-in-principle') {
        const ledger = foldRun(run, e.seq).ledger;
        if (measure(ledger, params, e.data.scope).restraint < params.dueDiligenceRestraint) seen.add('due-diligence.waived');
      }
    }
  }

  /** The input a decision goes back to through its causes. */
  const rootOf = (e: LogEvent): LogEvent | undefined => {
    let cur: LogEvent | undefined = e;
    while (cur && cur.kind === 'decision') cur = cur.cause ? events[cur.cause - 1] : undefined;
    return cur;
  };
  for (const e of events) {
    if (e.kind !== 'decision') continue;
    // Kyiv only asks on a channel that puts it in front of US principals, or on the call it sought itself.
    if (e.type === 'kyiv.requested' || e.type === 'kyiv.requested-wider') {
      const root = rootOf(e);
      const onChannel = root?.kind === 'input' && isChannel(root.type) && root.data.level === 'principals' && (root.data.parties ?? [root.actor]).includes('kyiv');
      const cause = e.cause === null ? undefined : events[e.cause - 1];
      const ownCall = e.type === 'kyiv.requested' && cause?.type === 'kyiv.seeks-call';
      if (!onChannel && !ownCall) out.push(`${at(e)}: not caused by a channel with principals and Kyiv on it, nor by a call Kyiv sought (it goes back to ${root ? at(root) : 'nothing'})`);
    }
    // Aid reaches the front only after the supplemental is signed.
    if (e.type === 'aid.arrived' && !events.some((x) => x.kind === 'input' && x.type === 'supplemental.signed' && x.seq < e.seq)) {
      out.push(`${at(e)}: aid arrives with no supplemental signed before it`);
    }
  }

  // The milestones come in the path's order (the first public signal may be a leak, so it is left out).
  const dates = milestoneDates(foldRun(run));
  const chain = MILESTONE_IDS.filter((m) => m !== 'first-public-hint');
  chain.forEach((m, i) => {
    const d = dates[m];
    if (d === null) return;
    for (const earlier of chain.slice(0, i)) {
      const e = dates[earlier];
      if (e === null && earlier !== 'due-diligence-ordered') out.push(`${m} reached (${d}) without ${earlier}`);
      if (e !== null && e > d) out.push(`${m} (${d}) before ${earlier} (${e})`);
    }
  });
  return out;
}
