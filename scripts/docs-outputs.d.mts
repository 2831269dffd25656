export declare const MARKER: string;
/** The text with each marked block's output as its commands print it today. */
export declare function regenerate(text: string, run?: (command: string, cwd: string) => string): string;
export declare function regenerateFile(file: string): boolean;
