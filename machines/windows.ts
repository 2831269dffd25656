import type { MilestoneId } from './milestones.js';
import type { SourceKey } from './sources.js';

/** A span of days (inclusive) in which the record puts a milestone. */
export interface Window {
  readonly from: string;
  readonly to: string;
  /** The reports that date it. */
  readonly sources: readonly SourceKey[];
  /** Why the window is as wide as it is. */
  readonly why: string;
}

/**
 * The record: when each of the nine milestones happened, as the reports date them.
 * The baseline must land every milestone inside its window; calibration keeps only
 * the versions of the model that do. This is the one copy; code and tests read it here.
 */
export const WINDOWS: Readonly<Record<MilestoneId, Window>> = {
  'formal-request': {
    from: '2024-05-13', to: '2024-05-13', sources: ['politico-2024-05-31', 'wapo-2024-05-30', 'ap-2024-05-31'],
    why: 'the secure video call of 05-13, dated by all three reports',
  },
  'advisors-recommend': {
    from: '2024-05-13', to: '2024-05-13', sources: ['politico-2024-05-31', 'wapo-2024-05-30', 'ap-2024-05-31'],
    why: 'Sullivan, Austin and Brown agreed on or right after the call',
  },
  'approved-in-principle': {
    from: '2024-05-15', to: '2024-05-15', sources: ['politico-2024-05-31', 'wapo-2024-05-30', 'ap-2024-05-31'],
    why: 'the Oval Office meeting of 05-15; Biden agreed the same day',
  },
  'due-diligence-ordered': {
    from: '2024-05-15', to: '2024-05-15', sources: ['ap-2024-05-31', 'wapo-2024-05-30'],
    why: 'the follow-up with Cavoli, Austin and Sullivan later on 05-15',
  },
  'principals-agree': {
    from: '2024-05-20', to: '2024-05-24', sources: ['ap-2024-05-31'],
    why: 'AP says only "the following week"',
  },
  'final-approval': {
    from: '2024-05-23', to: '2024-05-28', sources: ['wapo-2024-05-30', 'ap-2024-05-31'],
    why: '"several days" before 05-30, after the principals agreed',
  },
  'classified-letter': {
    from: '2024-05-27', to: '2024-05-29', sources: ['politico-2024-05-31'],
    why: 'early in the week of 05-27, before Blinken\'s hint of 05-29',
  },
  'first-public-hint': {
    from: '2024-05-29', to: '2024-05-29', sources: ['politico-2024-05-31', 'politico-2024-05-30', 'ap-2024-05-31'],
    why: 'Blinken in Moldova on 05-29',
  },
  'in-effect': {
    from: '2024-05-30', to: '2024-05-30', sources: ['wapo-2024-05-30', 'politico-2024-05-30', 'ap-2024-05-31'],
    why: 'officials confirmed it on 05-30',
  },
};

/** Whether a milestone's date (or null: never reached) falls inside the record's window. */
export function inWindow(milestone: MilestoneId, date: string | null): boolean {
  const w = WINDOWS[milestone];
  return date !== null && date >= w.from && date <= w.to;
}
