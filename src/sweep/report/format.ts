import { displayWidth } from '../../util/display-width.js';

/** 12345 → "12,345": fixed, not locale-dependent, so output is the same everywhere. */
export function count(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 0.4213 → "42.1%". */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A signed number with a real minus sign: "+3", "−2.5". */
export function signed(x: number, digits = 0): string {
  const s = Math.abs(x).toFixed(digits);
  if (Number(s) === 0) return `±${s}`;
  return `${x < 0 ? '−' : '+'}${s}`;
}

/** Pads cells into aligned columns; `right` lists the columns aligned right. */
export function columns(rows: readonly (readonly string[])[], right: readonly number[] = []): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  return rows.map((r) =>
    r.map((c, i) => {
      const pad = ' '.repeat(widths[i]! - displayWidth(c));
      return right.includes(i) ? pad + c : i === r.length - 1 ? c : c + pad;
    }).join('  ').trimEnd());
}

/** A rule under a header row, as wide as each column. */
export function rule(rows: readonly (readonly string[])[]): string[] {
  return rows[0]!.map((_, i) => '─'.repeat(Math.max(...rows.map((r) => displayWidth(r[i] ?? '')))));
}
