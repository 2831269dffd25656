import stringWidth from 'string-width';

/** Terminal columns a text takes: CJK and emoji take two, combining marks none (string-width's measure, as Ink's). */
export const displayWidth = (text: string): number => stringWidth(text);

/** `text` padded with spaces to `width` terminal columns (String#padEnd counts UTF-16 units). */
export const padEndTo = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

export const padStartTo = (text: string, width: number): string => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
