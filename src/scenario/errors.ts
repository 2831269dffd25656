/** One problem in a file a user wrote, located as precisely as the file allows. */
export interface Problem {
  readonly file: string;
  readonly line?: number;
  readonly col?: number;
  readonly message: string;
}

/** A message quotes what the user wrote; a hostile file must not make it a flood. */
const MAX_MESSAGE = 1000;
const MAX_SHOWN = 100;

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}${p.col ? `:${p.col}` : ''}` : p.file;
  const message = p.message.length > MAX_MESSAGE ? `${p.message.slice(0, MAX_MESSAGE)}… (${p.message.length - MAX_MESSAGE} more characters)` : p.message;
  return `${where}: ${message}`;
}

/** Orders problems as they stand in their file: by line, then column; unlocated ones first. */
export function byPosition(a: Problem, b: Problem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0);
}

/** Bad input: every problem found, not just the first. The CLI exits 2 on it, showing the first hundred. */
export class InputError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const more = problems.length - MAX_SHOWN;
    super([...problems.slice(0, MAX_SHOWN).map(formatProblem), ...(more > 0 ? [`… and ${more} more problems`] : [])].join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}

/** The closest candidate by edit distance, when it is close enough to be a likely typo. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  // Never a guess that replaces every letter ("<<" is not a typo of "id").
  return best !== undefined && bestDistance < word.length && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const n = nearest(word, candidates);
  return n ? ` (did you mean "${n}"?)` : '';
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
