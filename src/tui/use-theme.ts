import { useContext } from 'react';
import { colorOf, ThemeContext, type Tone } from './theme.js';

/** The colour to give a tone in the current theme (undefined when colour is off). */
export function useTone(): (tone: Tone | undefined) => string | undefined {
  const theme = useContext(ThemeContext);
  return (tone) => colorOf(theme, tone);
}
