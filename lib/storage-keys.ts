/**
 * Where the lab keeps its state in the browser (localStorage). Apart from mocks/store.ts, which
 * reads and writes them, so that the first-load code (the overview's first paint, the inline boot
 * script) can ask whether a lab is stored without importing the simulator or the mock layer.
 */
export const STORE_KEY = 'virtlab:lab';
export const SETTINGS_KEY = 'virtlab:settings';
