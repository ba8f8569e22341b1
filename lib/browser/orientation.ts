import { ORIENTED_KEY } from '@/lib/storage-keys';
import { realBackend, realBackendTest } from './backend';

/**
 * The first-visit orientation (components/layout/Orientation.tsx) is in the prerendered HTML, so
 * it paints with the page instead of appearing after hydration and pushing the page down (it was
 * every page's largest text, painted seconds late on a phone, and a layout shift). This inline
 * script (in <head>, before the body is parsed) marks the page when it must not show — dismissed
 * before, storage unreadable (it would show on every page), or a real libvirt backend — and
 * globals.css hides it then, so it never flashes for someone who dismissed it.
 */
export const orientedScript = `(function(){var d=document.documentElement;try{if(localStorage.getItem(${JSON.stringify(ORIENTED_KEY)})!==null||${realBackendTest})d.setAttribute('data-oriented','')}catch(e){d.setAttribute('data-oriented','')}})()`;

/** The same question in the app: has the orientation been dismissed, or is it not for this page? */
export function oriented(): boolean {
  try {
    return localStorage.getItem(ORIENTED_KEY) !== null || realBackend() !== null;
  } catch {
    return true; // storage blocked: showing it on every page would be worse than never
  }
}

/** Remembers the dismissal; not remembered when storage refuses (it shows again next time). */
export function dismissOrientation() {
  try {
    localStorage.setItem(ORIENTED_KEY, new Date().toISOString());
  } catch {
    /* not remembered */
  }
}
