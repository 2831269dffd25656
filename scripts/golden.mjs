// Rewrites test/golden/: the outputs of every command on every scenario and loading fixture
// (test/golden/cases.ts says which), through the same code the golden test compares with.
import { spawnSync } from 'node:child_process';

const r = spawnSync('npx', ['vitest', 'run', 'test/golden/golden.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, REDLINE_GOLDEN: 'write' },
});
process.exit(r.status ?? 1);
