import { MILESTONE_IDS } from '../../machines/milestones.js';
import { EXIT_CODES, detailsOf, optionName, optionHelp } from './help.js';
import { COMMANDS, type CommandSpec } from './registry.js';

/** Where docs/cli.md's generated part starts and ends; what lies outside them is written by hand. */
export const REFERENCE_START = '<!-- reference: generated from src/cli/registry.ts by `npm run docs:cli`; edit the registry, not this -->';
export const REFERENCE_END = '<!-- end of the generated reference -->';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

function section(c: CommandSpec, text: string | undefined): string[] {
  const options = Object.entries(c.options).map(([name, o]) => `| \`${cell(optionName(name, o))}\` | ${cell(optionHelp(o))} |`);
  return [
    `### ${c.name}`, '', `${c.summary[0]!.toUpperCase()}${c.summary.slice(1)}.`, '',
    '```', ...c.usage.map((u) => `redline ${u}`), '```', '',
    ...(text ? [...details(text), ''] : []),
    ...(options.length > 0 ? ['| option | what it does |', '| --- | --- |', ...options, ''] : []),
    ...(c.examples.length > 0 ? ['```', ...c.examples, '```', ''] : []),
  ];
}

/** Help's details as Markdown: its indented lines (commands to type) as a code block. */
function details(text: string): string[] {
  const out: string[] = [];
  let inCode = false;
  for (const line of text.split('\n')) {
    const code = line.startsWith('  ');
    if (code !== inCode) out.push(...(code ? ['', '```'] : ['```', '']));
    inCode = code;
    out.push(code ? line.slice(2) : line);
  }
  if (inCode) out.push('```');
  return out;
}

/** The reference part of docs/cli.md: every command of the registry, in help's order. */
export async function cliReference(): Promise<string> {
  const texts = await Promise.all(COMMANDS.map(detailsOf));
  return [
    REFERENCE_START, '', '## Every command', '',
    `${COMMANDS.map((c) => `[${c.name}](#${c.name})`).join(' · ')}. Each also answers \`redline CMD --help\`. ${EXIT_CODES}`, '',
    `The nine milestone ids: ${MILESTONE_IDS.map((id) => `\`${id}\``).join(', ')}.`, '',
    ...COMMANDS.flatMap((c, i) => section(c, texts[i])), REFERENCE_END,
  ].join('\n');
}

/** `page` with its generated part replaced by today's; a page without one gets it at the end. */
export async function withReference(page: string): Promise<string> {
  const start = page.indexOf(REFERENCE_START);
  const end = page.indexOf(REFERENCE_END);
  const reference = await cliReference();
  if (start < 0 || end < start) return `${page.replace(/\n*$/, '')}\n\n${reference}\n`;
  return page.slice(0, start) + reference + page.slice(end + REFERENCE_END.length);
}
