import { createStore, get, set } from 'idb-keyval';
import { type DrillRecord, readRecord } from '@/lib/drills/record';

/**
 * The drill record (scores per tag, the missed-question queue) in IndexedDB, apart from the lab:
 * a lab reset or an imported lab leaves a learner's exam practice as it was.
 */
const db = () => createStore('virtlab-drill', 'record');

export async function loadDrillRecord(): Promise<DrillRecord> {
  try {
    return readRecord(await get('record', db()));
  } catch {
    return readRecord(null);
  }
}

/** Best effort: a browser that refuses the write keeps the record for this page only. */
export async function saveDrillRecord(r: DrillRecord): Promise<void> {
  try {
    await set('record', r, db());
  } catch {
    /* memory only */
  }
}
