import * as z from 'zod';
import type { ArgsOf } from '@/lib/actions/args';
import type { DomainAction } from '../contract';
import { filePath, flag, INT_MAX, name, noFields, oneOf, text, whole } from './fields';

/**
 * The body of POST /api/hosts/:host/domains/:name/actions/:action, one strict schema per action:
 * a field another action reads, an unknown field or a wrong type is a 400 and nothing runs.
 */
const mode = oneOf('mode', ['current', 'live', 'config', 'live+config']).optional();
const restoreAs = oneOf('restoreAs', ['running', 'paused']).optional();
const unit = oneOf('unit', ['KiB', 'MiB', 'GiB']);

/** Whatever the unit, the size must fit virsh's unsigned long long KiB (and a JS safe integer). */
const size = whole('size', 1, Number.MAX_SAFE_INTEGER);
const memory = z.strictObject({ size, unit, mode });

/**
 * virsh's cpulist: "r" (every CPU) or libvirt's bitmap syntax ("0-3,^2"). Anything else would
 * reach virsh as another word (an option such as "--config"), so it is refused here.
 */
const cpulist = text(256, 'cpulist').refine((s) => /^\s*(r|[\d^][\d\s,^-]*)\s*$/.test(s), {
  error: 'cpulist must be "r" or CPU numbers and ranges such as 0-3,^2',
});

export const actionBodies = {
  start: z.strictObject({ paused: flag('paused').optional(), forceBoot: flag('forceBoot').optional() }),
  shutdown: noFields,
  reboot: noFields,
  reset: noFields,
  destroy: noFields,
  suspend: noFields,
  resume: noFields,
  undefine: noFields,
  save: z.strictObject({ file: filePath(), restoreAs }),
  managedsave: z.strictObject({ restoreAs }),
  restore: z.strictObject({ file: filePath(), restoreAs }),
  setmem: memory,
  setmaxmem: memory,
  setvcpus: z.strictObject({ count: whole('count', 1, INT_MAX), mode, maximum: flag('maximum').optional() }),
  vcpupin: z.strictObject({ vcpu: whole('vcpu', 0, INT_MAX), cpulist, mode }),
  autostart: z.strictObject({ enable: flag('enable') }),
  domrename: z.strictObject({ newName: name('newName') }),
} satisfies { [A in DomainAction]: z.ZodType<ArgsOf[A]> };

export const domainAction = oneOf('action', Object.keys(actionBodies) as [DomainAction, ...DomainAction[]]);
