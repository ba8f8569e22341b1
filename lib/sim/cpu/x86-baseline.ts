import { fail, type Result } from '../result';
import type { HostCpu } from './cpu-def';
import {
  addData,
  addItem,
  copyData,
  intersectData,
  isEmptyData,
  isSubsetData,
  subtractData,
  type X86Data,
} from './x86-data';
import { type MapModel, x86Map } from './x86-map';

export type Policy = 'require' | 'disable';
export interface GuestCpu {
  model: string;
  fallback: 'allow' | 'forbid';
  vendor: string | null;
  features: { name: string; policy: Policy }[];
}

const internal = (m: string) => fail('INTERNAL_ERROR', `internal error: ${m}`);
const failed = (m: string) => fail('OPERATION_FAILED', `operation failed: ${m}`);

/** x86ModelFromCPU(cpu, -1) for a host CPU: the model's data plus every feature it lists. */
function modelData(cpu: HostCpu): Result<{ data: X86Data; vendor: string | null }> {
  const model = x86Map().model(cpu.model);
  if (!model) return internal(`Unknown CPU model ${cpu.model}`);
  const data = copyData(model.data);
  for (const name of cpu.features) {
    const f = x86Map().feature(name);
    if (!f) return internal(`Unknown CPU feature ${name}`);
    addData(data, f.data);
  }
  return { ok: true, value: { data, vendor: model.vendor } };
}

/** x86DataToCPUFeatures: names every map feature wholly in `data`, removing its bits as it goes. */
function toFeatures(data: X86Data, policy: Policy) {
  return x86Map().features.flatMap((f) => {
    if (!isSubsetData(data, f.data)) return [];
    subtractData(data, f.data);
    return [{ name: f.name, policy }];
  });
}

/** x86DataToCPU for a guest CPU: what the data has beyond the model is required, what it lacks disabled. */
function dataToCpu(data: X86Data, model: MapModel) {
  const extra = copyData(data);
  const lacking = copyData(model.data);
  subtractData(extra, model.data);
  subtractData(lacking, data);
  const features = [...toFeatures(extra, 'require'), ...toFeatures(lacking, 'disable')];
  // virCPUx86DisableRemovedFeatures
  for (const name of model.removed)
    if (!features.some((f) => f.name === name)) features.push({ name, policy: 'disable' });
  return features;
}

/** virCPUx86CompareCandidateFeatureList's weight: each disabled feature costs 2, 3, 4… (its loop bound shrinks too). */
function weight(features: { policy: Policy }[]) {
  let enabled = features.length;
  let disabled = 0;
  let penalty = 2;
  for (let i = 0; i < enabled; i++) {
    if (features[i].policy === 'disable') {
      enabled--;
      disabled += penalty++;
    }
  }
  return { total: enabled + disabled, disabled };
}

type Candidate = { model: MapModel; features: { name: string; policy: Policy }[] };

/** x86DecodeUseCandidate for a guest definition: 0 keep current, 1 take candidate, 2 take it and stop. */
function pickCandidate(current: Candidate | undefined, cand: Candidate, preferred: string[]): 0 | 1 | 2 {
  if (!cand.model.guest) return 0;
  const isPreferred = preferred.includes(cand.model.name);
  if (isPreferred && preferred.length === 1) return 2;
  if (!current) return 1;
  const cur = weight(current.features);
  const can = weight(cand.features);
  if (can.total < cur.total || (can.total === cur.total && can.disabled < cur.disabled)) return 1;
  return isPreferred && can.disabled < cur.disabled ? 1 : 0;
}

/**
 * x86Decode: the newest model that describes the data with the fewest listed features (the models
 * the input named are preferred). The data holds no CPUID signature, so family/model matching and the
 * broken-TSX filter never apply here.
 */
function decode(data: X86Data, preferred: string[]): Result<GuestCpu> {
  const work = copyData(data);
  const vendor = x86Map().vendors.find((v) => isSubsetData(work, v.data));
  if (vendor) subtractData(work, vendor.data);
  let best: Candidate | undefined;
  for (const model of [...x86Map().models].reverse()) {
    if (vendor && model.vendor && model.vendor !== vendor.name) continue;
    const cand = { model, features: dataToCpu(work, model) };
    const rc = pickCandidate(best, cand, preferred);
    if (rc) best = cand;
    if (rc === 2) break;
  }
  if (!best) return internal('Cannot find suitable CPU model for given data');
  return {
    ok: true,
    value: { model: best.model.name, fallback: 'allow', vendor: vendor?.name ?? null, features: best.features },
  };
}

/** virCPUx86Baseline without hypervisor models, feature filter or migratable (the test driver passes none). */
export function x86Baseline(cpus: HostCpu[]): Result<GuestCpu> {
  const first = modelData(cpus[0]);
  if (!first.ok) return first;
  const base = first.value.data;
  let outputVendor = cpus[0].vendor !== null;
  let vendor: string | null = null;
  if (cpus[0].vendor !== null) {
    if (!x86Map().vendors.some((v) => v.name === cpus[0].vendor)) return failed(`Unknown CPU vendor ${cpus[0].vendor}`);
    vendor = cpus[0].vendor;
  }
  const names = [cpus[0].model];
  for (const cpu of cpus.slice(1)) {
    if (!names.includes(cpu.model)) names.push(cpu.model);
    const m = modelData(cpu);
    if (!m.ok) return m;
    if (cpu.vendor !== null && m.value.vendor && cpu.vendor !== m.value.vendor)
      return failed(`CPU vendor ${m.value.vendor} of model ${cpu.model} differs from vendor ${cpu.vendor}`);
    let vn = cpu.vendor;
    if (vn === null) {
      outputVendor = false;
      vn = m.value.vendor;
    }
    if (vn !== null) {
      if (vendor === null) {
        if (!x86Map().vendors.some((v) => v.name === vn)) return failed(`Unknown CPU vendor ${vn}`);
        vendor = vn;
      } else if (vendor !== vn) return failed('CPU vendors do not match');
    }
    intersectData(base, m.value.data);
  }
  if (isEmptyData(base)) return failed('CPUs are incompatible');
  const v = x86Map().vendors.find((x) => x.name === vendor);
  if (v) for (const [k, regs] of v.data) addItem(base, k, regs);
  const cpu = decode(base, names);
  if (!cpu.ok) return cpu;
  if (names.length === 1 && cpu.value.model === names[0]) cpu.value.fallback = 'forbid';
  if (!outputVendor) cpu.value.vendor = null;
  return cpu;
}

/** virCPUx86ExpandFeatures for a guest CPU: the model's own features required, the listed ones on top, sorted. */
export function x86ExpandFeatures(cpu: GuestCpu): GuestCpu {
  const model = x86Map().model(cpu.model)!;
  const features = toFeatures(copyData(model.data), 'require');
  for (const f of cpu.features) {
    const have = features.find((x) => x.name === f.name);
    if (have) have.policy = f.policy;
    else features.push({ ...f });
  }
  for (const name of model.removed)
    if (!features.some((f) => f.name === name)) features.push({ name, policy: 'disable' });
  return { ...cpu, features };
}
