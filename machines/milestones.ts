/**
 * The nine milestones of the public contract, in path order, each marked by the
 * first log event of one of the listed types.
 */
export const MILESTONES = [
  { id: 'formal-request', label: 'Kyiv\'s formal request', events: ['request.received'] },
  { id: 'advisors-recommend', label: 'Advisors agree to recommend', events: ['advisors.agreed'] },
  { id: 'approved-in-principle', label: 'President agrees in principle', events: ['president.approved-in-principle'] },
  { id: 'due-diligence-ordered', label: 'Due diligence ordered', events: ['due-diligence.ordered'] },
  { id: 'principals-agree', label: 'Principals all agree', events: ['principals.agreed'] },
  { id: 'final-approval', label: 'Final presidential approval', events: ['president.final-approval'] },
  { id: 'classified-letter', label: 'Green light and classified letter', events: ['letter.sent'] },
  { id: 'first-public-hint', label: 'First public signal', events: ['decision.hinted', 'decision.leaked', 'policy.confirmed'] },
  { id: 'in-effect', label: 'Policy in effect', events: ['policy.in-effect'] },
] as const;

export type MilestoneId = (typeof MILESTONES)[number]['id'];
export const MILESTONE_IDS: readonly MilestoneId[] = MILESTONES.map((m) => m.id);

const byEvent = new Map<string, MilestoneId>();
for (const m of MILESTONES) for (const e of m.events) byEvent.set(e, m.id);

/** The milestone a log event type marks, if any. */
export function milestoneOf(eventType: string): MilestoneId | undefined {
  return byEvent.get(eventType);
}
