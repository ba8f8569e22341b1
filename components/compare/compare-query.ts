import { QUERY_KEYS, sameParams, type CompareParams, type NumericParam } from './compare-params';
import { comparePresets, DEFAULT_PRESET, isPresetId, type ComparePresetId } from './compare-presets';

/**
 * The page's state lives in the URL so a trainer can share a link: `?preset=quake3`, or every
 * parameter spelled out (`?policy=qemu&memory=800&…`). A preset is the base and explicit
 * parameters override it; unreadable values fall back to the base.
 */
export function paramsFromQuery(q: URLSearchParams): CompareParams {
  const preset = q.get('preset');
  const base = comparePresets[isPresetId(preset) ? preset : DEFAULT_PRESET].params;
  const p: CompareParams = { ...base };
  for (const [param, key] of Object.entries(QUERY_KEYS) as [NumericParam, string][]) {
    const raw = q.get(key);
    if (raw === null) continue;
    if (param === 'wwsMib' && raw === 'all') {
      p.wwsMib = undefined;
      continue;
    }
    const n = raw.trim() === '' ? NaN : Number(raw);
    if (Number.isFinite(n)) p[param] = n;
  }
  const policy = q.get('policy');
  if (policy === 'qemu' || policy === 'xen') p.policy = policy;
  const ac = q.get('autoconverge');
  if (ac !== null) p.autoConverge = ac === '1';
  return p;
}

export function queryFromParams(p: CompareParams): string {
  const q = new URLSearchParams({ policy: p.policy });
  for (const [param, key] of Object.entries(QUERY_KEYS) as [NumericParam, string][]) {
    const v = p[param];
    q.set(key, v === undefined ? 'all' : String(v));
  }
  if (p.autoConverge) q.set('autoconverge', '1');
  return q.toString();
}

export const queryFromPreset = (id: ComparePresetId) => new URLSearchParams({ preset: id }).toString();

/** The preset these values are, if any: derived, so the picker never disagrees with the form. */
export function matchPreset(p: CompareParams): ComparePresetId | null {
  const ids = Object.keys(comparePresets) as ComparePresetId[];
  return ids.find((id) => sameParams(comparePresets[id].params, p)) ?? null;
}
