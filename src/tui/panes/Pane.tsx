import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import type { Tone } from '../theme.js';
import { useTone } from '../use-theme.js';
import { fit } from '../model/text.js';

export interface Props {
  readonly title: string;
  /** Outer size, borders included. */
  readonly width: number;
  readonly height: number;
  /** Drawn in the border's colour: the pane that takes the keys, or an error. */
  readonly tone?: Tone;
  readonly children?: ReactNode;
}

/** A bordered pane with a title line; its content gets `innerWidth` × `innerHeight`. */
export function Pane({ title, width, height, tone, children }: Props) {
  const color = useTone();
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="round" borderColor={color(tone)} overflowY="hidden" flexShrink={0}>
      <Text bold color={color(tone ?? 'title')} wrap="truncate-end">{fit(title, innerWidth(width))}</Text>
      {children}
    </Box>
  );
}

export const innerWidth = (width: number): number => Math.max(0, width - 2);
/** Lines left for content under the title. */
export const innerHeight = (height: number): number => Math.max(0, height - 3);
