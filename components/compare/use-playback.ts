'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { stepPlayhead } from './playback-step';

export type Speed = 1 | 10 | 'instant';

const REDUCE = '(prefers-reduced-motion: reduce)';
const subscribe = (cb: () => void) => {
  const mq = matchMedia(REDUCE);
  mq.addEventListener('change', cb);
  return () => mq.removeEventListener('change', cb);
};
/** Reduced motion is assumed until the browser says otherwise: nothing moves before it can. */
const usePrefersReducedMotion = () =>
  useSyncExternalStore(
    subscribe,
    () => matchMedia(REDUCE).matches,
    () => true,
  );

/**
 * Simulated time under a play head. `t` is seconds; Infinity means "at the end", so the head
 * stays at the end when the axis grows. 1× plays one simulated second per second; instant
 * jumps to the end, and is the default for people who ask for reduced motion. It starts at the
 * end, not playing.
 */
export function usePlayback(endS: number) {
  const reduced = usePrefersReducedMotion();
  const [chosen, setChosen] = useState<Speed | null>(null);
  // Nothing plays on arrival: the page opens on the whole result, and Play replays it at 1×
  // (10× on request); reduced motion makes it instant.
  const speed: Speed = chosen ?? (reduced ? 'instant' : 1);
  const [t, setT] = useState(Infinity);
  const [playing, setPlaying] = useState(false);
  // The animation loop reads and writes time here, so a frame never sees a stale render's value.
  const tRef = useRef(Infinity);
  const moveTo = useCallback((s: number) => {
    tRef.current = s;
    setT(s);
  }, []);

  useEffect(() => {
    if (!playing || speed === 'instant') return;
    // The first frame only takes its time stamp: measuring from a performance.now() read here
    // could make the first step negative (stepPlayhead).
    let last: number | null = null;
    let frame = requestAnimationFrame(function tick(now) {
      const next = stepPlayhead(tRef.current, last === null ? 0 : now - last, speed, endS);
      last = now;
      moveTo(next);
      if (next >= endS) setPlaying(false);
      else frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, endS, moveTo]);

  const restart = useCallback(() => {
    if (speed === 'instant') {
      setPlaying(false);
      moveTo(Infinity);
      return;
    }
    moveTo(0);
    setPlaying(true);
  }, [speed, moveTo]);
  const play = useCallback(
    () => (tRef.current >= endS || speed === 'instant' ? restart() : setPlaying(true)),
    [endS, speed, restart],
  );
  const pause = useCallback(() => setPlaying(false), []);
  const seek = useCallback(
    (s: number) => {
      setPlaying(false);
      moveTo(s >= endS ? Infinity : Math.max(0, s));
    },
    [endS, moveTo],
  );
  const setSpeed = useCallback(
    (s: Speed) => {
      setChosen(s);
      if (s === 'instant') {
        setPlaying(false);
        moveTo(Infinity);
      }
    },
    [moveTo],
  );

  return { t: Math.min(t, endS), atEnd: t >= endS, playing, speed, play, pause, restart, seek, setSpeed };
}
