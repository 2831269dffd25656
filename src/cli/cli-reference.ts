import { MILESTONE_IDS } from '../../machines/milestones.js';
import { EXIT_CODES, optionName, optionHelp } from './help.js';
import { COMMANDS, type CommandSpec } from './registry.js';

/** Where docs/cli.md's generated part starts and ends; what lies outside them is written by hand. */
export const REFERENCE_START = '<!-- reference: generated from src/cli/registry.ts by `npm run docs:cli`; edit the registry, not this -->';
export const REFERENCE_END = '<!-- end of the generated reference -->';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

function section(c: CommandSpec): string[] {
  const options = Object.entries(c.options).map(([name, o]) => `| \`${cell(optionName(name, o))}\` | ${cell(optionHelp(o))} |`);
  return [
    `### ${c.name}`, '', `${c.summary[0]!.toUpperCase()}${c.summary.slice(1)}.`, '',
    '```', ...c.usage.map((u) => `redline ${u}`), '```', '',
    ...(c.details ? [...details(c.details), ''] : []),
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
export function cliReference(): string {
  return [
    REFERENCE_START, '', '## Every command', '',
    `${COMMANDS.map((c) => `[${c.name}](#${c.name})`).join(' · ')}. Each also answers \`redline CMD --help\`. ${EXIT_CODES}`, '',
    `The nine milestone ids: ${MILESTONE_IDS.map((id) => `\`${id}\``).join(', ')}.`, '',
    ...COMMANDS.flatMap(section), REFERENCE_END,
  ].join('\n');
}

/** `page` with its generated part replaced by today's; a page without one gets it at the end. */
export function withReference(page: string): string {
  const start = page.indexOf(REFERENCE_START);
  const end = page.indexOf(REFERENCE_END);
  if (start < 0 || end < start) return `${page.replace(/\n*$/, '')}\n\n${cliReference()}\n`;
  return page.slice(0, start) + cliReference() + page.slice(end + REFERENCE_END.length);
}
