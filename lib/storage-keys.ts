/**
 * Where the lab keeps its state in the browser. Apart from mocks/store.ts, which reads and writes
 * them, so that the first-load code (the overview's first paint, the inline boot script) can ask
 * whether a lab is stored without importing the simulator or the mock layer. The lab itself is in
 * IndexedDB (mocks/persist/idb.ts); STORE_KEY is where an earlier VirtLab kept it in
 * localStorage, and LAB_MARK_KEY says that IndexedDB holds one.
 */
export const STORE_KEY = 'virtlab:lab';
export const LAB_MARK_KEY = 'virtlab:lab-stored';
export const SETTINGS_KEY = 'virtlab:settings';
/** The lab clock and lesson progress: kept with the lab in IndexedDB (decision 022); here by a VirtLab before it. */
export const CLOCK_KEY = 'virtlab:clock';
export const LESSONS_KEY = 'virtlab:lessons';

/**
 * Set by the server's proxy when it serves real libvirt (VIRTLAB_LIBVIRT_URI): its URIs, comma-
 * separated. The boot scripts and app/start-mocks.ts read it before anything starts, so the mock
 * worker is never started on a real backend while the pages stay static HTML.
 */
export const BACKEND_COOKIE = 'virtlab-backend';
/** The API's bearer token as the page keeps it (HttpOnly: no script reads it). See lib/server/guard.ts. */
export const TOKEN_COOKIE = 'virtlab-token';
/** Set once the first-visit orientation has been dismissed (components/layout/Orientation.tsx). */
export const ORIENTED_KEY = 'virtlab:oriented';
