import { describe, expect, it, vi } from 'vitest';
import { colorEnabled } from '../../src/tui/theme.js';
import { hasColour, stripAnsi } from './helpers.js';

// Ink colours through chalk, which reads FORCE_COLOR when first loaded: set it before Ink loads.
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

describe('colour', () => {
  it('NO_COLOR turns colour off whatever the terminal can do; otherwise the terminal decides', () => {
    const capable = { hasColors: () => true };
    const plain = { hasColors: () => false };
    expect(colorEnabled({ NO_COLOR: '1' }, capable)).toBe(false);
    expect(colorEnabled({}, capable)).toBe(true);
    expect(colorEnabled({}, plain)).toBe(false);
    expect(colorEnabled({ NO_COLOR: '' }, capable)).toBe(true);
    expect(colorEnabled({}, {})).toBe(false);
  });

  it('the frame is coloured with colour on, and has no colour codes with it off', async () => {
    const { renderApp } = await import('./app-harness.js');
    const on = renderApp({ columns: 100, rows: 30 }, true).frame();
    const off = renderApp({ columns: 100, rows: 30 }, false).frame();
    expect(hasColour(on)).toBe(true);
    expect(hasColour(off)).toBe(false);
    const text = (f: string) => stripAnsi(f).split('\n').map((l) => l.trimEnd());
    expect(text(off)).toEqual(text(on));
    (await import('ink-testing-library')).cleanup();
  });
});
