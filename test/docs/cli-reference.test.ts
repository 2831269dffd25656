import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MILESTONE_IDS } from '../../machines/milestones.js';
import { REFERENCE_END, REFERENCE_START, cliReference, withReference } from '../../src/cli/cli-reference.js';
import { optionName } from '../../src/cli/help.js';
import { COMMANDS } from '../../src/cli/registry.js';

const PAGE = 'docs/cli.md';
const REGENERATE = 'docs/cli.md is stale: its command reference no longer matches src/cli/registry.ts; run `npm run docs:cli` and commit it';

/** Why `page` is stale, or undefined when its reference is what the registry makes today. */
const stale = async (page: string): Promise<string | undefined> => ((await withReference(page)) === page ? undefined : REGENERATE);

describe('docs/cli.md, generated from the command registry', () => {
  const page = readFileSync(PAGE, 'utf8');

  it('holds the reference the registry makes today', async () => {
    expect(await stale(page), REGENERATE).toBeUndefined();
  });

  it('lists every command with each of its synopses and options, and the nine milestone ids', async () => {
    const ref = await cliReference();
    for (const c of COMMANDS) {
      expect(ref).toContain(`### ${c.name}\n`);
      for (const u of c.usage) expect(ref, c.name).toContain(`\nredline ${u}\n`);
      for (const [name, o] of Object.entries(c.options)) expect(ref, `${c.name} --${name}`).toContain(`| \`${optionName(name, o)}\` |`);
    }
    for (const id of MILESTONE_IDS) expect(ref).toContain(`\`${id}\``);
  });

  it('is found stale, naming the command that regenerates it, when an option or a command is missing or edited by hand', async () => {
    expect(await stale(page.replace('| `--log FILE` |', '| `--logfile FILE` |'))).toBe(REGENERATE);
    expect(await stale(page.replace(/### merge\n[^]*?(?=### calibrate)/, ''))).toBe(REGENERATE);
    expect(await stale(page.slice(0, page.indexOf(REFERENCE_START)))).toBe(REGENERATE);
  });

  it('keeps what is written by hand around the reference', async () => {
    const hand = `# Commands\n\nby hand\n\n${REFERENCE_START}\nold\n${REFERENCE_END}\n\nafter\n`;
    expect(await withReference(hand)).toBe(`# Commands\n\nby hand\n\n${await cliReference()}\n\nafter\n`);
  });
});
