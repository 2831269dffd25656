import { MILESTONE_IDS } from '../../machines/index.js';
import { formatDay } from '../engine/dates.js';
import { InputError } from '../scenario/errors.js';
import { evaluateExpectation, meetsCondition, shareHolds } from '../scenario/expectations.js';
import type { ShareCheck } from '../scenario/check-scenarios.js';
import { dayOf, runMembers } from '../sweep/ensemble/answers.js';
import { ensembleFor } from './ensemble-option.js';

/** `check`'s share expectations: each condition counted member by member over the ensemble `--ensemble` / the kept one picks. */
export function shareCheck(values: { ensemble?: string; single?: boolean }): ShareCheck {
  return (scenario, shares, run) => {
    const refuse = (message: string) => new InputError(shares.map((x) => ({ file: scenario.file, ...(x.line ? { line: x.line } : {}), message })));
    if (values.single) throw refuse('a share expectation is weighed over an ensemble\'s members; --single runs the scenario once: drop --single');
    const chosen = ensembleFor(values, [scenario]);
    if (!chosen) throw refuse(`a share expectation is weighed over an ensemble's members, and none is kept for ${scenario.id} or a scenario it extends (ensembles/<id>.jsonl beside scenarios/); give one with --ensemble FILE`);
    const days = runMembers(chosen.members, scenario.inputs);
    return shares.map((x) => {
      const m = MILESTONE_IDS.indexOf(x.milestone!);
      let holding = 0;
      for (let i = 0; i < days.count; i++) {
        const d = dayOf(days, i, m);
        if (meetsCondition(x, d < 0 ? null : formatDay(d))) holding++;
      }
      return {
        expectation: x, actual: evaluateExpectation(x, run).actual,
        holds: shareHolds(x.share!, holding / days.count),
        share: { holding, members: days.count, source: chosen.file },
      };
    });
  };
}
