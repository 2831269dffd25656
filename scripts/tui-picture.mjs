// Renders real frames of the terminal UI (the same Screen component the app draws) and writes
// them as SVG pictures under docs/, for docs/tui.md: `node scripts/tui-picture.mjs`.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { noDevtools } from './build/no-devtools.mjs';
import { NODE_BUNDLE } from './build/node-bundle.mjs';

const entry = `
import { renderToString } from 'ink';
import { createActor } from 'xstate';
import { Screen } from './src/tui/Screen.tsx';
import { ThemeContext } from './src/tui/theme.ts';
import { modeOf, tuiMachine } from './src/tui/tui.machine.ts';
import { runView } from './src/tui/model/run-view.ts';
import { openSession } from './src/tui/model/session.ts';
import { openScenario } from './src/tui/open-scenario.ts';
import { createElement as h } from 'react';

/** The frame after pressing keys, given as the machine's key names; a key may be a function of the run. */
export function frame(file, columns, rows, keys) {
  const session = openSession(openScenario(file));
  const actor = createActor(tuiMachine, { input: { view: runView(session, null) } }).start();
  for (const key of keys.flatMap((k) => (typeof k === 'function' ? k(session.run) : [k]))) actor.send({ type: 'KEY', key });
  const snap = actor.getSnapshot();
  const screen = h(Screen, { session, context: snap.context, mode: modeOf(snap.value), columns, rows });
  return renderToString(h(ThemeContext.Provider, { value: { color: true } }, screen), { columns });
}
`;
const outfile = resolve('dist/tui-picture.js');
await build({
  stdin: { contents: entry, resolveDir: '.', loader: 'ts' },
  outfile, ...NODE_BUNDLE,
  define: { 'process.env.NODE_ENV': '"production"' }, plugins: [noDevtools],
});
process.env.FORCE_COLOR = '1'; // chalk reads it when the bundle loads
const { frame } = await import(pathToFileURL(outfile).href);

const ESC = String.fromCharCode(27);
const SGR_SPLIT = new RegExp(`(${ESC}\\[[0-9;]*m)`);
const SGR = new RegExp(`^${ESC}\\[([0-9;]*)m$`);

const stepTo = (type) => (run) => ['home', ...Array(run.events.find((e) => e.type === type).seq).fill('right')];
const pictures = [
  { file: 'docs/tui-frame.svg', columns: 120, rows: 34, keys: [stepTo('advisors.agreed'), 'down'] },
  { file: 'docs/tui-explain.svg', columns: 100, rows: 30, keys: ['g', ...'2024-05-16', 'enter', 'e'] },
];
mkdirSync('docs', { recursive: true });
for (const p of pictures) {
  writeFileSync(p.file, toSvg(frame('scenarios/baseline.yaml', p.columns, p.rows, p.keys), p.columns, p.rows - 1));
  console.log(`wrote ${p.file}`);
}

/** ANSI text (the SGR codes chalk writes) as an SVG of a dark terminal. */
function toSvg(ansi, columns, rows) {
  const W = 8.4;
  const H = 17;
  const palette = {
    30: '#3b4252', 31: '#ef6b73', 32: '#8fd18b', 33: '#f0c674', 34: '#81a2be', 35: '#c397d8', 36: '#70c0d8', 37: '#e0e0e0',
    90: '#7c8594', 91: '#ff8c8c', 92: '#a6e3a1', 93: '#f9e2af', 94: '#89b4fa', 95: '#f5c2e7', 96: '#94e2d5', 97: '#ffffff',
  };
  const fg0 = '#d8dee9';
  const box = (ch, x0, y0) => {
    const cx = (x0 + W / 2).toFixed(1);
    const cy = (y0 + H / 2).toFixed(1);
    const [l, r, t, b] = [x0.toFixed(1), (x0 + W).toFixed(1), y0.toFixed(1), (y0 + H).toFixed(1)];
    return {
      '─': `M${l} ${cy}H${r}`, '│': `M${cx} ${t}V${b}`,
      '╭': `M${r} ${cy}Q${cx} ${cy} ${cx} ${b}`, '╮': `M${l} ${cy}Q${cx} ${cy} ${cx} ${b}`,
      '╰': `M${cx} ${t}Q${cx} ${cy} ${r} ${cy}`, '╯': `M${cx} ${t}Q${cx} ${cy} ${l} ${cy}`,
    }[ch];
  };
  const bg0 = '#1e2229';
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const out = [];
  ansi.split('\n').slice(0, rows).forEach((line, y) => {
    let style = { fg: undefined, bold: false, inverse: false };
    let x = 0;
    for (const part of line.split(SGR_SPLIT)) {
      const m = SGR.exec(part);
      if (m) {
        for (const code of (m[1] || '0').split(';').map(Number)) {
          if (code === 0) style = { fg: undefined, bold: false, inverse: false };
          else if (code === 1) style = { ...style, bold: true };
          else if (code === 22) style = { ...style, bold: false };
          else if (code === 7) style = { ...style, inverse: true };
          else if (code === 27) style = { ...style, inverse: false };
          else if (code === 39) style = { ...style, fg: undefined };
          else if (palette[code]) style = { ...style, fg: palette[code] };
        }
        continue;
      }
      if (!part) continue;
      const chars = [...part];
      const fg = style.inverse ? bg0 : style.fg ?? fg0;
      if (style.inverse) out.push(`<rect x="${(x * W).toFixed(1)}" y="${y * H}" width="${(chars.length * W).toFixed(1)}" height="${H}" fill="${style.fg ?? fg0}"/>`);
      // Box-drawing characters are drawn as lines: fonts disagree on them.
      let run = '';
      let runStart = x;
      const flush = (at) => {
        if (run.trim()) {
          const n = [...run].length;
          out.push(`<text x="${(runStart * W).toFixed(1)}" y="${y * H + 13}" fill="${fg}"${style.bold ? ' font-weight="bold"' : ''} textLength="${(n * W).toFixed(1)}" lengthAdjust="spacingAndGlyphs" xml:space="preserve">${esc(run)}</text>`);
        }
        run = '';
        runStart = at;
      };
      chars.forEach((ch, i) => {
        const d = box(ch, (x + i) * W, y * H);
        if (d) {
          flush(x + i + 1);
          out.push(`<path d="${d}" stroke="${style.fg ?? '#5c6370'}" fill="none" stroke-width="1.2"/>`);
        } else run += ch;
      });
      flush(x + chars.length);
      x += chars.length;
    }
  });
  const width = Math.ceil(columns * W) + 16;
  const height = rows * H + 16;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="14">`,
    `<rect width="100%" height="100%" rx="6" fill="${bg0}"/>`,
    '<g transform="translate(8 8)">',
    ...out,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
