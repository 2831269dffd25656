import { MACHINE_IDS, type MachineId } from '../../machines/index.js';
import { renderDot } from '../pictures/render-dot.js';
import { toDot } from '../pictures/dot.js';
import { toMermaid } from '../pictures/mermaid.js';
import { statechartOf } from '../pictures/statechart.js';
import { didYouMean } from '../scenario/errors.js';
import { UsageError, type CommandIO } from './io.js';
import { parseCommandArgs } from './parse-command-args.js';
import { DIAGRAM_OPTIONS } from './options.js';
import { printOrWrite } from './print-or-write.js';

/** `redline diagram [--machine <id>] [--svg] [-o <file>] [--force]` */
export async function diagramCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, DIAGRAM_OPTIONS);
  if (positionals.length > 0) throw new UsageError(`diagram takes no files (found "${positionals[0]}"); to choose one machine: --machine ${MACHINE_IDS[0]}`);
  const ids = values.machine === undefined ? MACHINE_IDS : [machineId(values.machine)];
  const charts = ids.map((id) => statechartOf(id));
  const svg = values.svg === true || values.output?.toLowerCase().endsWith('.svg') === true;
  const text = svg ? await renderDot(toDot(charts)) : toMermaid(charts);
  const states = charts.reduce((n, c) => n + c.states.size - 1, 0);
  return printOrWrite(io, text, values, `${svg ? 'SVG' : 'Mermaid'} statechart of ${ids.join(', ')} (${states} states)`, svg ? 'svg' : 'mermaid');
}

function machineId(name: string): MachineId {
  if ((MACHINE_IDS as readonly string[]).includes(name)) return name as MachineId;
  throw new UsageError(`unknown machine "${name}"${didYouMean(name, MACHINE_IDS)}; machines: ${MACHINE_IDS.join(', ')}`);
}
