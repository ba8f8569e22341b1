import { LAB_MARK_KEY, STORE_KEY } from '@/lib/storage-keys';
import { realBackendTest } from './backend';

/**
 * `/` is prerendered with the list a first visit gets (mocks/first-visit.ts), so a newcomer sees
 * the lab at the first paint instead of after the API has started. That list is true only when
 * nothing is stored: this inline script (in <head>, before the body is parsed) marks the page
 * when a lab is stored (in IndexedDB, marked in localStorage, or an older VirtLab's lab in
 * localStorage) or the URL filters the list, and globals.css then shows "Loading domains…" in
 * its place (also on a real libvirt backend, whose guests are not the built-in lab's) — so a returning learner never sees the built-in lab over theirs, not even for a
 * frame. Storage that cannot be read means the lab runs in memory: a fresh lab, so the list holds.
 */
export const firstPaintScript = `(function(){try{if(localStorage.getItem(${JSON.stringify(STORE_KEY)})!==null||localStorage.getItem(${JSON.stringify(LAB_MARK_KEY)})!==null||location.search||${realBackendTest})document.documentElement.setAttribute('data-first-paint','stale')}catch(e){}})()`;

/** The same question in the app: is a lab stored in this browser? */
export function labStored(): boolean {
  try {
    return localStorage.getItem(STORE_KEY) !== null || localStorage.getItem(LAB_MARK_KEY) !== null;
  } catch {
    return false;
  }
}
