import type { GlossaryTerm } from '../glossary';

export const migrationTerms: GlossaryTerm[] = [
  {
    id: 'live-migration',
    term: 'Live migration',
    definition:
      'Moving a running domain to another host while it keeps running: its memory is copied in pre-copy rounds, then the guest pauses for a short stop-and-copy and resumes on the target. Downtime is typically milliseconds to a second; the disks must be shared storage (or copied separately). `virsh migrate --live`, `xm migrate --live`, `xl migrate`.',
    lessons: ['live-vs-offline-migration', 'xen-relocation'],
    pages: ['/compare'],
    see: ['pre-copy', 'stop-and-copy', 'offline-migration'],
  },
  {
    id: 'offline-migration',
    term: 'Non-live migration',
    aka: ['offline migration'],
    definition:
      "The guest is paused, its memory copied once, and it resumes on the target: the fewest bytes, but the downtime is the whole copy (memory ÷ bandwidth: 2 GiB over 1 Gb/s is about 18 s). `virsh migrate` or `xm migrate` without `--live`. Not to be confused with libvirt's `virsh migrate --offline`, which moves only the definition and copies no memory.",
    lessons: ['live-vs-offline-migration'],
    pages: ['/compare'],
    see: ['live-migration', 'downtime'],
  },
  {
    id: 'pre-copy',
    term: 'Pre-copy',
    definition:
      "Live migration's copy phase: round 1 sends all memory while the guest runs; each later round re-sends the pages the guest wrote during the previous one. It stops when what is left is small enough — for QEMU, when it can be sent within the downtime limit (300 ms by default); for Xen (xc_domain_save), after 29 rounds, a round of fewer than 50 pages, or 3× the memory sent.",
    lessons: ['live-vs-offline-migration'],
    pages: ['/compare'],
    see: ['stop-and-copy', 'writable-working-set'],
  },
  {
    id: 'stop-and-copy',
    term: 'Stop-and-copy',
    definition:
      'The last phase of a migration: the guest is paused, the remaining dirty pages and the device state are sent, and it resumes on the target. Its length is the downtime. A non-live migration is one stop-and-copy of all memory.',
    lessons: ['live-vs-offline-migration'],
    pages: ['/compare'],
    see: ['pre-copy', 'downtime'],
  },
  {
    id: 'writable-working-set',
    term: 'Writable working set (WWS)',
    definition:
      'The pages a guest keeps writing (stacks, buffers, hot data). Pre-copy cannot shrink the remainder below it — every round re-sends them — so the stop-and-copy sends about the WWS (Clark et al., "Live Migration of Virtual Machines", 2005). A guest that dirties memory faster than the link sends it never converges without help: auto-converge (CPU throttling), post-copy, a timeout, or an abort.',
    lessons: ['live-vs-offline-migration'],
    pages: ['/compare'],
    see: ['pre-copy', 'post-copy'],
  },
  {
    id: 'downtime',
    term: 'Downtime',
    definition:
      "How long the guest is stopped by a migration: for a live migration the stop-and-copy (what is left ÷ bandwidth, plus device state), for a non-live migration the whole copy. It is what the guest's users notice; total migration time is what the network notices.",
    lessons: ['live-vs-offline-migration'],
    pages: ['/compare'],
    see: ['stop-and-copy'],
  },
  {
    id: 'post-copy',
    term: 'Post-copy',
    definition:
      'A QEMU migration mode (`virsh migrate --live --postcopy`, then `--postcopy-after-precopy` or `virsh migrate-postcopy`): after pre-copy has started, the guest switches to the target at once and the pages still on the source follow, fetched when touched or pushed in the background. It always finishes with very short downtime, but a failure midway loses the guest, whose memory is then split between two hosts.',
    lessons: [],
    pages: ['/compare'],
    see: ['pre-copy', 'writable-working-set'],
  },
];
