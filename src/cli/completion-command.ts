import { MACHINE_IDS, MILESTONE_IDS } from '../../machines/index.js';
import { UsageError, type CommandIO } from './io.js';
import type { Completion } from './options.js';
import { COMPLETION_OPTIONS } from './options.js';
import { parseCommandArgs } from './parse-command-args.js';
import { COMMANDS } from './registry.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** `redline completion bash|zsh|fish`: a completion script made from the registry. */
export async function completionCommand(args: string[], io: CommandIO): Promise<number> {
  const { positionals } = parseCommandArgs(args, COMPLETION_OPTIONS, 0);
  const shell = positionals[0];
  if (positionals.length !== 1 || !(SHELLS as readonly string[]).includes(shell!)) {
    throw new UsageError(`completion takes one shell: ${SHELLS.join(', ')}, e.g. source <(redline completion bash)`);
  }
  io.out(shell === 'bash' ? bashScript() : shell === 'zsh' ? zshScript() : fishScript());
  return 0;
}

/** Words for a completion that is a fixed list; undefined for files. */
function words(c: Completion | undefined): readonly string[] | undefined {
  if (c === 'milestone') return MILESTONE_IDS;
  if (c === 'machine') return MACHINE_IDS;
  return Array.isArray(c) ? c : undefined;
}

function optionsOf(name: string): [string, { type: string; complete?: Completion; short?: string }][] {
  return Object.entries(COMMANDS.find((c) => c.name === name)!.options);
}

const NAMES = [...COMMANDS.map((c) => c.name), 'help'];

function bashScript(): string {
  const cases = COMMANDS.map((c) => {
    const values = optionsOf(c.name).filter(([, o]) => o.type === 'string').map(([n, o]) => {
      const w = words(o.complete);
      return `        --${n}${o.short ? `|-${o.short}` : ''}) ${w ? `COMPREPLY=($(compgen -W "${w.join(' ')}" -- "$cur"))` : 'COMPREPLY=($(compgen -f -- "$cur"))'}; return;;`;
    });
    const flags = [...optionsOf(c.name).map(([n]) => `--${n}`), '--help'].join(' ');
    const operands = words(c.operands);
    return [
      `    ${c.name})`,
      '      case "$prev" in',
      ...values,
      '      esac',
      `      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${flags}" -- "$cur")); else ${operands ? `COMPREPLY=($(compgen -W "${operands.join(' ')}" -- "$cur"))` : 'COMPREPLY=($(compgen -f -- "$cur"))'}; fi;;`,
    ].join('\n');
  });
  return [
    '# redline completion for bash: source <(redline completion bash)',
    '_redline() {',
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
    '  if [[ $COMP_CWORD -eq 1 ]]; then',
    `    COMPREPLY=($(compgen -W "${NAMES.join(' ')} --version" -- "$cur")); return`,
    '  fi',
    '  case "${COMP_WORDS[1]}" in',
    `    help) COMPREPLY=($(compgen -W "${COMMANDS.map((c) => c.name).join(' ')}" -- "$cur"));;`,
    ...cases,
    '  esac',
    '}',
    'complete -o filenames -F _redline redline',
  ].join('\n');
}

function zshQuote(text: string): string {
  return text.replace(/'/g, `'\\''`).replace(/[[\]:]/g, '\\$&');
}

function zshScript(): string {
  const fns = COMMANDS.map((c) => {
    const specs = optionsOf(c.name).map(([n, o]) => {
      const help = zshQuote((c.options[n]!).help);
      if (o.type === 'boolean') return `    '--${n}[${help}]'`;
      const w = words(o.complete);
      return `    '--${n}=[${help}]:value:${w ? `(${w.join(' ')})` : '_files'}'`;
    });
    const operands = words(c.operands);
    return [`_redline_${c.name.replace(/-/g, '_')}() {`, '  _arguments -s \\', ...specs.map((s) => `${s} \\`), `    '*:argument:${operands ? `(${operands.join(' ')})` : '_files'}'`, '}'].join('\n');
  });
  return [
    '#compdef redline',
    '# redline completion for zsh: source <(redline completion zsh)',
    ...fns,
    '_redline() {',
    '  if (( CURRENT == 2 )); then',
    '    local -a commands',
    `    commands=(${COMMANDS.map((c) => `'${c.name}:${zshQuote(c.summary)}'`).join(' ')} 'help:help for a command')`,
    "    _describe 'command' commands",
    '  else',
    '    local cmd="${words[2]}"',
    '    shift words; (( CURRENT-- ))',
    '    (( $+functions[_redline_$cmd] )) && _redline_$cmd',
    '  fi',
    '}',
    'compdef _redline redline',
  ].join('\n');
}

function fishQuote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function fishScript(): string {
  const lines = ['# redline completion for fish: redline completion fish > ~/.config/fish/completions/redline.fish', 'complete -c redline -f'];
  for (const c of COMMANDS) lines.push(`complete -c redline -n __fish_use_subcommand -a ${c.name} -d ${fishQuote(c.summary)}`);
  lines.push(`complete -c redline -n '__fish_seen_subcommand_from help' -a ${fishQuote(COMMANDS.map((c) => c.name).join(' '))}`);
  for (const c of COMMANDS) {
    const when = `-n '__fish_seen_subcommand_from ${c.name}'`;
    for (const [n, o] of optionsOf(c.name)) {
      const w = words(o.complete);
      const value = o.type === 'boolean' ? '' : w ? ` -x -a ${fishQuote(w.join(' '))}` : ' -r -F';
      lines.push(`complete -c redline ${when} -l ${n}${o.short ? ` -s ${o.short}` : ''}${value} -d ${fishQuote(c.options[n]!.help)}`);
    }
    const operands = words(c.operands);
    lines.push(`complete -c redline ${when} ${operands ? `-a ${fishQuote(operands.join(' '))}` : '-F'}`);
  }
  return lines.join('\n');
}
