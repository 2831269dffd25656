import { useEffect } from 'react';

/** While playing, sends a tick `speed` times a second. The interval lives at the edge, not in the run. */
export function usePlayer(playing: boolean, speed: number, tick: () => void): void {
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(tick, 1000 / speed);
    return () => clearInterval(timer);
  }, [playing, speed, tick]);
}
