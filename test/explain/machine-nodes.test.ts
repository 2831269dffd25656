import { describe, expect, it } from 'vitest';
import { emitters } from '../../src/explain/machine-nodes.js';

const where = (event: string) => emitters(event).map(({ machine, path }) => `${machine}:${path}`);

describe('which states send an event to the other machines', () => {
  it('finds an emit whose payload is a fixed event', () => {
    expect(where('REQUEST_SUBMITTED')).toContain('kyiv:border.awaitingAnswer');
  });

  it('finds an emit whose payload is built from the machine\'s context (the scope of the decision)', () => {
    for (const event of ['DECISION_DEFERRED', 'DECISION_REFUSED', 'LETTER_SENT', 'POLICY_IN_EFFECT']) {
      expect(where(event).length, event).toBeGreaterThan(0);
      expect(where(event).every((w) => w.startsWith('decision:')), event).toBe(true);
    }
  });

  it('finds none for an event no machine sends', () => {
    expect(where('LEDGER_UPDATED')).toEqual([]);
  });
});
