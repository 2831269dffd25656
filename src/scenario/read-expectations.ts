import type { Problem } from './errors.js';
import { checkExpectation, type Expectation } from './expectations.js';
import { expectationSchema } from './schema.js';
import type { YamlFile } from './yaml-file.js';
import { zodProblems } from './zod-problems.js';

/** The `expect` block of a file, each expectation checked on its own; problems go to `problems`. */
export function readExpectations(yaml: YamlFile, raw: Record<string, unknown>, problems: Problem[]): Expectation[] {
  if (!Array.isArray(raw.expect)) return [];
  const out: Expectation[] = [];
  raw.expect.forEach((item: unknown, i) => {
    const r = expectationSchema.safeParse(item);
    if (!r.success) {
      problems.push(...zodProblems(yaml, r.error.issues, ['expect', i]));
      return;
    }
    const found = checkExpectation(r.data);
    problems.push(...found.map((p) => yaml.problem(['expect', i, ...p.path], p.message)));
    const line = yaml.locate(['expect', i])?.line;
    if (found.length === 0) out.push({ ...(r.data as Expectation), ...(line ? { line } : {}) });
  });
  return out;
}
