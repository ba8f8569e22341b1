import type { World } from '../../sim/types';
import { labWorld } from '../../sim/worlds/lab';
import { domainOn, isState, ran } from '../checks';
import { defineLesson, typed } from '../define';

/** The finished migration's figures, kept on the domain that arrived. */
function migrated(w: World, host: string, name: string): { downtime: number; total: number } | undefined {
  const d = domainOn(w, host, name);
  const s = d?.lastJob?.kind === 'migration' ? d.lastJob.stats : undefined;
  if (d?.state !== 'running' || !s || s.result !== 'completed') return undefined;
  return { downtime: Number(s.downtime_ms), total: Number(s.total_time_ms) };
}
/** Non-live: the guest was paused for the whole copy. Live: only for the last, short round. */
const offline = (w: World, host: string, name: string) => {
  const m = migrated(w, host, name);
  return !!m && m.downtime >= m.total;
};
const live = (w: World, host: string, name: string) => {
  const m = migrated(w, host, name);
  return !!m && m.downtime < m.total;
};

export const liveVsOfflineMigration = defineLesson({
  id: 'live-vs-offline-migration',
  title: 'Live vs non-live migration: downtime and memory copies',
  concept:
    'Migration moves a running guest to another host. Non-live migration (`virsh migrate` without `--live`) pauses it and copies its memory once: the downtime is the whole copy. Live migration copies memory while the guest runs (pre-copy rounds re-send the pages it dirtied) and pauses it only for a short final stop-and-copy',
  summary:
    'Move web01 from kvm1 to kvm2 non-live, db01 live, and pv-app from xen2 to xen1 live with xm — then compare the downtimes.',
  host: 'kvm1',
  world: labWorld,
  steps: [
    {
      id: 'offline',
      title: 'Migrate web01 without --live',
      instruction:
        'Migrate web01 (2 GiB in use) to kvm2 **without** `--live`: libvirt pauses it, copies its memory once over the 1 Gb/s link (~117 MiB/s) and resumes it on kvm2. The guest is unreachable for the whole copy — about 17 s. web01 keeps its definition on kvm1 (shut off, reason migrated) and runs on kvm2 as a transient domain (add `--persistent` to define it there).',
      do: typed('kvm1', 'virsh migrate web01 qemu+ssh://kvm2.lab/system', {
        xm: { none: 'on a Xen host, `xm migrate <domain> <host>` without --live' },
        xl: { none: 'xl migrate is always live' },
      }),
      check: (w) => offline(w, 'kvm2', 'web01') && isState(w, 'kvm1', 'web01', 'shut off', 'migrated'),
      hint: "virsh migrate takes the domain and the target's URI; leave out --live.",
    },
    {
      id: 'live',
      title: 'Migrate db01 live',
      instruction:
        "Migrate db01 (8 GiB) to kvm2 **with** `--live`. Round 1 copies all memory while db01 keeps running; each further round re-sends only what the guest wrote meanwhile (its writable working set). When the rest fits in QEMU's downtime limit (300 ms by default) the guest pauses for one last stop-and-copy. More bytes cross the wire than offline; the guest stops for a fraction of a second.",
      do: typed('kvm1', 'virsh migrate --live db01 qemu+ssh://kvm2.lab/system', {
        xm: { none: 'on a Xen host, `xm migrate --live <domain> <host>`' },
        xl: { none: 'on a Xen host, `xl migrate <domain> <host>`' },
      }),
      check: (w) => live(w, 'kvm2', 'db01'),
      hint: 'The same command with the option that keeps the guest running.',
    },
    {
      id: 'downtime',
      title: 'Compare the downtime',
      instruction:
        'Read what the two jobs cost. On **kvm2**, `virsh domjobinfo --completed db01` shows the finished live migration as the destination saw it (Operation: Incoming migration): **Total downtime** is tens of milliseconds against a **Time elapsed** of over a minute, and **Data processed** is larger than **Memory total** — the pages db01 dirtied were sent again, round after round (**Iteration**). Ask the same for web01: its downtime is its whole elapsed time. The QEMU driver forgets the figures of a finished job once they are read: add `--keep-completed` to read them again.',
      do: typed('kvm2', 'virsh domjobinfo --completed db01', {
        xm: { none: 'xm keeps no job statistics' },
        xl: { none: 'xl keeps no job statistics; `xl migrate` prints its progress as it runs' },
      }),
      check: (_w, ctx) => ran(ctx, 'kvm2', /^virsh\b.*\bdomjobinfo\b(?=.*--completed)(?=.*\bdb01\b)/),
      hint: 'On kvm2, the job info subcommand with an option shows the finished job.',
    },
    {
      id: 'xen-live',
      title: 'Migrate pv-app the Xen way',
      instruction:
        "Xen does the same with xm. On **xen2**, migrate pv-app live to xen1: `xm migrate --live` (or `-l`). xend on xen1 accepts relocations from xen2 (see the relocation lesson for when it does not). Xen's rule ends pre-copy after 29 rounds, when a round sends fewer than 50 pages, or after 3× the memory.",
      do: typed('xen2', 'xm migrate --live pv-app xen1', {
        virsh: 'virsh migrate --live pv-app xen+ssh://xen1.lab/system',
        xl: 'xl migrate pv-app xen1',
      }),
      check: (w) => live(w, 'xen1', 'pv-app'),
      hint: 'On xen2, xm migrate takes the option, the domain and the target host name.',
    },
  ],
  goalText: 'web01 (moved non-live) and db01 (moved live) run on kvm2; pv-app (moved live with xm) runs on xen1.',
  goal: (w) => offline(w, 'kvm2', 'web01') && live(w, 'kvm2', 'db01') && live(w, 'xen1', 'pv-app'),
  hints: [
    'The Compare page plays live and non-live migration side by side: memory copied per round, downtime, total time.',
    'A guest that dirties memory faster than the link sends it never converges: live migration then needs --auto-converge, post-copy, a --timeout or an abort (virsh domjobabort).',
    "libvirt's `--offline` is something else again: it moves only the definition, no memory.",
  ],
  glossary: [
    'live-migration',
    'offline-migration',
    'pre-copy',
    'stop-and-copy',
    'writable-working-set',
    'downtime',
    'transient-domain',
  ],
  pages: ['/compare', '/console'],
});
