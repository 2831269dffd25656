import type { ParameterName } from './parameters.js';

/**
 * What Kyiv asks to be allowed. Each scope is decided by its own instance of the
 * decision machine; the nine milestones of the public contract are those of
 * the first, the Kharkiv border.
 */
export const SCOPES = {
  'kharkiv-border': {
    label: 'Counterfire across the border around Kharkiv',
    restraintPremium: undefined,
  },
  'deep-strikes': {
    label: 'Long-range strikes deep inside Russia (ATACMS)',
    restraintPremium: 'deepStrikeRestraintPremium',
  },
} as const satisfies Record<string, { label: string; restraintPremium: ParameterName | undefined }>;

export type Scope = keyof typeof SCOPES;
export const SCOPE_NAMES = Object.keys(SCOPES) as Scope[];
export const PRIMARY_SCOPE = 'kharkiv-border' satisfies Scope;
/** The requests beyond the first, each with its own decision instance and milestones. */
export const FURTHER_SCOPES = SCOPE_NAMES.filter((s): s is Exclude<Scope, typeof PRIMARY_SCOPE> => s !== PRIMARY_SCOPE);
