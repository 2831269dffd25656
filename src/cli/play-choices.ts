import { ROLE_NAMES, isRole, type Role } from '../../machines/index.js';
import { choiceProblem, decisionsOf, type PlayerChoice } from '../engine/index.js';
import { readTextFile } from '../scenario/read-text-file.js';
import { InputError, didYouMean } from '../scenario/errors.js';
import { UsageError } from './io.js';

/** `--as president,kyiv`: the roles, each once, each one the model has. */
export function parseRoles(text: string): Role[] {
  const roles = text.split(',').map((r) => r.trim()).filter(Boolean);
  if (roles.length === 0) throw new UsageError(`--as needs a role: ${ROLE_NAMES.join(', ')}`);
  for (const r of roles) if (!isRole(r)) throw new UsageError(`--as ${r}: no such role${didYouMean(r, ROLE_NAMES)}; the roles are ${ROLE_NAMES.join(', ')}`);
  return [...new Set(roles)] as Role[];
}

/**
 * One choice as written, `decision=option`, `decision=option*N` for N of them in a row, and in a
 * file a reason after it: the role is the played one that takes that decision.
 */
export function parseChoice(text: string, roles: readonly Role[]): { choices: PlayerChoice[] } | { problem: string } {
  const m = /^\s*([A-Za-z-]+)\s*=\s*([A-Za-z-]+)\s*(?:\*\s*(\d+))?\s*(?::\s*(.*?))?\s*$/.exec(text);
  if (!m) return { problem: `"${text.trim()}" is not a choice; write decision=option (e.g. presidentialReview=defer), option*N for N in a row` };
  const [, decision, option, times, reason] = m as unknown as [string, string, string, string | undefined, string | undefined];
  const role = roles.find((r) => decisionsOf(r).some((p) => p.key === decision));
  if (!role) {
    const keys = roles.flatMap((r) => decisionsOf(r).map((p) => p.key));
    return { problem: `no played role (${roles.join(', ')}) takes a decision "${decision}"${didYouMean(decision, keys)}; theirs are ${keys.join(', ')}` };
  }
  const problem = choiceProblem({ role, decision, option });
  if (problem) return { problem };
  const n = times === undefined ? 1 : Number(times);
  if (!Number.isInteger(n) || n < 1 || n > 1000) return { problem: `*${times}: repeat a choice 1 to 1000 times` };
  const one: PlayerChoice = { role, decision, option, ...(reason ? { reason } : {}) };
  return { choices: Array.from({ length: n }, () => one) };
}

/** `--choose a=b,c=d`: refused as a usage mistake naming the item. */
export function parseChooseOption(text: string, roles: readonly Role[]): PlayerChoice[] {
  return text.split(',').filter((s) => s.trim()).flatMap((item) => {
    const r = parseChoice(item, roles);
    if ('problem' in r) throw new UsageError(`--choose: ${r.problem}`);
    return r.choices;
  });
}

/** `--choices FILE`: a choice a line (`decision=option[*N][: reason]`), `#` comments; every bad line named. */
export function readChoicesFile(file: string, roles: readonly Role[]): PlayerChoice[] {
  const text = readTextFile(file, { what: 'a choices file', maxBytes: 1_000_000, forbidControlCharacters: true });
  const problems: { file: string; line: number; message: string }[] = [];
  const out: PlayerChoice[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/^\uFEFF/, '').replace(/(^|\s)#.*$/, '');
    if (!line.trim()) return;
    const r = parseChoice(line, roles);
    if ('problem' in r) problems.push({ file, line: i + 1, message: r.problem });
    else out.push(...r.choices);
  });
  if (problems.length > 0) throw new InputError(problems);
  return out;
}
