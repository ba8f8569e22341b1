import type { LessonText } from '../lessons/types';
/**
 * VirtLab's REST API, as the browser sees it (docs/api.md). These types are the wire format;
 * they are separate from the simulator's (lib/sim/types.ts) and the handlers map between them.
 * Vocabulary is libvirt's: host = a connection URI, domain, state and reason as virsh prints them.
 */
import type { DomainState, Driver } from '@/lib/sim/types';
import type { LifecycleAction, WhyCode } from '@/lib/sim/transitions';
import type { LessonOutline } from '@/lib/lessons/outline';

export type { DomainState, Driver, LifecycleAction };

/** Every error body: libvirt's message when libvirt refused, a validation message for a 4xx. */
/** What a schema found wrong with one field: absent, of the wrong type, not a field at all, or a value it cannot have. */
export type FieldIssue = 'missing' | 'type' | 'unknown' | 'value';

/** Damage in what the browser keeps: the field (`lab.world.hosts.0.cpus`, `undo:3`) and what is wrong there. */
export interface StoredFault {
  field: string;
  issue: FieldIssue | 'not-json';
}

export interface ApiErrorBody {
  error: {
    /** libvirt's virErrorNumber name (OPERATION_INVALID ...), or BAD_REQUEST / NOT_FOUND / STORE_UNREADABLE. */
    code: string;
    message: string;
    /** When a command ran and failed: what it printed. */
    transcript?: Transcript;
    /** A refused lesson or lab file: the field at fault (`steps.2.check`). */
    field?: string;
    /** A refused lab file: what is wrong with that field, for the page to word in its language. */
    issue?: FieldIssue;
    /** A refused lesson file: why, as data the page words in its language (`learn.import.problem.<kind>`). */
    reason?: { kind: string; args?: Record<string, string> };
  };
}

export interface ApiHost {
  name: string;
  hostname: string;
  uri: string;
  driver: Driver;
  hypervisor: string;
  hypervisorVersion: string;
  cpus: number;
  cpuModel: string;
  memoryKiB: number;
  domainCount: number;
  /** Xen hosts: Domain-0, which `xm list` shows first. */
  dom0?: { memoryMiB: number; vcpus: number };
  /** Whether other hosts reach it (PATCH {reachable} takes it off the network: failure injection). */
  reachable: boolean;
  /** Memory not held by running guests (and Domain-0): what a migration to it may use. */
  freeKiB: number;
  /** The editing mode a new bash on the host starts in: what root's ~/.inputrc sets (absent: emacs). */
  editingMode?: 'vi' | 'emacs';
}

/** `code` names the reason for the UI's words (messages `why.*`); `why` is the English sentence. */
export type Availability = { allowed: true } | { allowed: false; why: string; code: WhyCode };

/** One row of the overview: `virsh list --all` and `xm list` columns together. */
export interface ApiDomainSummary {
  host: string;
  name: string;
  uuid: string;
  /** Runtime id; null when inactive (virsh prints "-"). */
  id: number | null;
  state: DomainState;
  reason: string;
  persistent: boolean;
  autostart: boolean;
  managedSave: boolean;
  /** Current (balloon) memory of the running definition, or the config's when inactive. */
  memoryKiB: number;
  maxMemoryKiB: number;
  vcpus: number;
  maxVcpus: number;
  /** What the transition table allows now, per lifecycle action. */
  actions: Record<LifecycleAction, Availability>;
  /**
   * A shutdown or reboot the guest was asked for and has not acted on yet: the lab's QEMU and Xen
   * guests answer a few simulated seconds later (a paused one once resumed). The page polls meanwhile.
   */
  pending?: 'shutdown' | 'reboot';
}

export interface DefFacts {
  memoryKiB: number;
  maxMemoryKiB: number;
  vcpus: number;
  maxVcpus: number;
  /** Affinity per vCPU (0 .. maxVcpus-1): host CPU numbers. */
  pinning: number[][];
  /** The models of its `<panic>` devices; none: QEMU never hears a guest kernel panic (decision 063). */
  panic: string[];
  /** `<os><type>`: `hvm`, or `linux`/`xen` for a Xen PV guest. A Xen HVM guest without PV drivers never reports its panic (decision 068). */
  osType: string;
}

/** A state change seen on a domain, with the action that caused it when known. */
export interface ApiTransition {
  seq: number;
  time: number;
  action: LifecycleAction | null;
  from: { state: DomainState; reason: string };
  to: { state: DomainState; reason: string };
  /** The command line that caused it (a button's equivalent virsh line, or what was typed). */
  command: string | null;
}

export interface ApiDomain extends ApiDomainSummary {
  driver: Driver;
  hostCpus: number;
  live: DefFacts | null;
  config: DefFacts | null;
  xml: { live: string | null; inactive: string | null };
  /**
   * `<on_crash>` of the definition in force (the live one while it runs): what a guest's crash leads to
   * (destroy, restart, preserve, rename-restart, coredump-destroy, coredump-restart).
   */
  onCrash: string;
  lastTransition: ApiTransition | null;
}

/** A line of `virsh event --all --loop`, or a failed command (type 'error'). */
export interface ApiEvent {
  id: string;
  time: number;
  host: string;
  domain: string | null;
  type: 'lifecycle' | 'job' | 'tunable' | 'migration-iteration' | 'error';
  event: string;
  detail: string;
  /** As virsh event prints it: "event 'lifecycle' for domain 'web01': Suspended Paused". */
  text: string;
}

/** A command that ran on a host, and exactly what the tool printed. */
export interface Transcript {
  seq: number;
  time: number;
  host: string;
  /** The shell's directory after the line (the next line's prompt and its relative paths). */
  cwd: string;
  /** The directory the line was typed in, when the line left it (`cd /tmp`): its own prompt showed this one. */
  typedIn?: string;
  line: string;
  stdout: string;
  stderr: string;
  /**
   * How a terminal showed the two: runs of [stream, length] taking stdout's and stderr's text in
   * turn (virsh list, its error, virsh list). Absent: stdout, then stderr (one program, or a real host's
   * virsh, whose two pipes cannot say).
   */
  order?: [fd: 1 | 2, length: number][];
  status: number;
  source: 'button' | 'console';
  /** The domain a button acted on. */
  domain?: string;
  /** The line was typed at the monitor of a QEMU started with `-monitor stdio` (prompt `(qemu)`), not to bash. */
  at?: 'qemu';
  /** After this line the host's console talks to that monitor. */
  attached?: 'qemu';
  /**
   * The language the console's shell ran the line in (its LANG): the output is as virsh printed it
   * there, pipes and files included. Absent (a button, an API client): printed in English.
   */
  lang?: 'en' | 'ja';
  /** `set -o vi` / `set -o emacs` on this line: the console's keys from the next line on. */
  editing?: 'vi' | 'emacs';
  /** bash's hash table after this console line, when the line changed it: `[name, path, hits]` (decision 086). */
  hashed?: (readonly [name: string, path: string, hits: number])[];
}

/** The overview's two lists, as `GET /api/hosts` and `GET /api/domains` answer them. */
export interface OverviewLists {
  hosts: ApiHost[];
  domains: ApiDomainSummary[];
}

/** Body of POST /api/hosts/:host/domains/:name/actions/:action; each action reads its own fields (lib/actions/args.ts). */
export type { ActionArgs, AffectMode, DomainAction, MemoryUnit } from '@/lib/actions/args';

export interface ActionResult {
  transcript: Transcript;
  transition: ApiTransition | null;
  events: ApiEvent[];
  /** The domain after the action (null when it is gone, e.g. undefined), so the page paints at once. */
  domain: ApiDomain | null;
}

/** POST …/crash (a trainer's failure injection, decision 055): what the guest's kernel panic led to. */
export interface CrashResult {
  /** The domain's on_crash action, which decided what followed. */
  onCrash: string;
  events: ApiEvent[];
  /** The core file a coredump action wrote on the host, if any. */
  dumpFile: string | null;
  /** A QEMU guest without a panic device: nothing told libvirt, the guest hangs, still running (decision 063). */
  hung: boolean;
  /** The domain after it (null when a transient domain is gone). */
  domain: ApiDomain | null;
}

export interface ShellRequest {
  host: string;
  line: string;
  cwd?: string;
  /** The page's language, the shell's LANG (en_US.UTF-8 or ja_JP.UTF-8); English when absent. */
  lang?: 'en' | 'ja';
  /** The console's width in character cells (its TIOCGWINSZ: ls lays its columns out for it); 80 when absent. */
  columns?: number;
}
export interface ShellResult {
  transcript: Transcript;
  events: ApiEvent[];
}

export interface ApiFile {
  path: string;
  size: number;
  /** A save image names the domain it holds. */
  kind: 'save-image' | 'domain-xml' | 'xen-config' | 'other';
  domain?: string;
}

export interface LabStatus {
  status: 'ok' | 'unreadable';
  /** Why the stored lab could not be read. */
  problem?: 'corrupt' | 'old-version';
  /** Why, in English prose (shown on English pages). */
  detail?: string;
  /** Where the damage is and what it is, for the page to word in its language; the path stays as stored. */
  fault?: StoredFault;
  storeVersion: number;
}

/** `virsh domjobinfo`: the job running on a domain (a migration) and the last one that completed. */
export interface ApiJob {
  active: ApiMigrationJob | null;
  last: ApiCompletedJob | null;
}

/** The last job that ended on a domain: a migration's figures (`domjobinfo --completed`), or why it did not complete. */
export interface ApiCompletedJob {
  kind: 'migration';
  stats: ApiMigrationStats | { result: 'failed'; reason: string } | { result: 'canceled' };
  /** A job that did not complete: the error the waiting `virsh migrate` prints ("error: operation aborted: …"). */
  error?: string;
}
export type ApiMigrationStats = Omit<ApiJobProgress, 'paused' | 'done' | 'phase'> & {
  result: 'completed';
  rounds: number;
  transferred_mib: number;
  total_time_ms: number;
  downtime_ms: number;
  /** The destination's copy: "Operation: Incoming migration". */
  operation?: 'in';
};

/**
 * Body of POST /api/hosts/:host/domains/:name/migrate (and the query of GET .../migrate/check):
 * `virsh migrate`'s flags one to one. `tool: "xm"` runs `xm migrate [--live] DOMAIN HOST` instead
 * (Xen hosts: xend's relocation rules apply), which has no other flags.
 */
export interface MigrateArgs {
  /** The target host's name (kvm2, xen2). */
  target: string;
  tool?: MigrateTool;
  live?: boolean;
  /** libvirt's --offline: only the persistent definition moves (needs persistent). */
  offline?: boolean;
  persistent?: boolean;
  undefinesource?: boolean;
  /** Leave the guest paused on the target. */
  suspend?: boolean;
  /** --timeout: seconds after which virsh suspends a live migration's guest. */
  timeout?: number;
  autoConverge?: boolean;
  postcopy?: boolean;
  /** --bandwidth, MiB/s. */
  bandwidth?: number;
}
export type MigrateTool = 'virsh' | 'xm' | 'xl';

/** `virsh domjobinfo`'s figures (libvirt's VIR_DOMAIN_JOB_* parameters): bytes, ms, pages/s. */
export interface ApiJobProgress {
  time_elapsed: number;
  data_total: number;
  data_processed: number;
  data_remaining: number;
  memory_total: number;
  memory_processed: number;
  memory_remaining: number;
  memory_bps: number;
  memory_dirty_rate: number;
  memory_page_size: number;
  memory_iteration: number;
  /** Expected downtime while running; the total downtime once done (ms). */
  downtime: number;
  paused: boolean;
  done: boolean;
  phase: 'live' | 'stop-copy' | 'postcopy' | 'completed' | 'unfinished';
}

export interface ApiMigrationRound {
  round: number;
  start_s: number;
  duration_s: number;
  sent_mib: number;
  phase: 'live' | 'stop-copy' | 'postcopy';
}

/** A running migration as the job panel shows it. */
export interface ApiMigrationJob {
  kind: 'migration';
  startedAt: number;
  targetHost: string;
  source: string;
  domain: string;
  mode: 'live' | 'offline' | 'definition-only';
  policy: 'qemu' | 'xen';
  args: MigrateArgs;
  /** The command line that started it (a button's or one typed in the console), from the journal; null if it is no longer kept. */
  line: string | null;
  workload: ApiWorkload;
  /** The lab clock's now, which `progress` is at. */
  now: number;
  progress: ApiJobProgress;
  /** Lab time the job ends; null when it never converges (only a cancel, --timeout, auto-converge or post-copy would end it) or its post-copy failed. */
  endsAt: number | null;
  /** The link broke after the post-copy switch-over: paused on both hosts until `virsh migrate --postcopy-resume`. */
  postcopyFailed?: boolean;
  /**
   * A Xen source: the job's stage (the memory `transfer`, then the `switchover` while the source
   * destroys its copy) and the guest's name as `xl list` shows it on each host at `now`.
   */
  xen?: { stage: 'transfer' | 'switchover'; sourceName: string; targetName: string };
  plan: {
    total_time_s: number;
    downtime_ms: number;
    rounds: number;
    transferred_mib: number;
    converged: boolean;
    stop_reason: string;
    /** The first rounds (all of them unless the job never converges). */
    round_log: ApiMigrationRound[];
  };
}

/** One precondition of a migration, checked before it starts (like Proxmox's migrate dialog). */
export interface MigrationCheck {
  id: string;
  /** English; `labelCode` names its message (migrateCheck.label.*). */
  label: string;
  labelCode: string;
  ok: boolean;
  /** English; `reasons` are its parts as message codes (migrateCheck.reason.*) and values. */
  detail: string;
  reasons: { code: string; values: Record<string, string> }[];
}

/** GET .../migrate/check: each precondition, and what the command itself says on a scratch copy of the lab. */
export interface MigrateCheckResult {
  ok: boolean;
  checks: MigrationCheck[];
  command: { tool: MigrateTool; line: string };
  /** The command's answer on a copy of the lab: null when it would start, else its error. */
  refusal: string | null;
  /** The model's plan for this guest and these flags, when it would start. */
  estimate: {
    total_time_s: number;
    downtime_ms: number;
    rounds: number;
    transferred_mib: number;
    converged: boolean;
    stop_reason: string;
  } | null;
  /** The guest's workload as the model sees it (for the compare page). */
  workload: ApiWorkload;
}

/** A guest and link as the migration model sees them: memory, how fast it dirties it and over how much, the stream's bandwidth. */
export interface ApiWorkload {
  policy: 'qemu' | 'xen';
  memoryMib: number;
  dirtyRateMibps: number;
  wwsMib: number;
  bandwidthMibps: number;
}

/** 202 answer to POST .../migrate: the command that started, and the job to watch. */
export interface MigrateStarted {
  transcript: Transcript;
  job: ApiJob;
  domain: ApiDomain | null;
}

/** GET/PUT /api/lab/clock: simulated time and how fast it runs. */
export interface LabClock {
  now: number;
  rate: number;
}

export interface LabSettings {
  latencyMs: number;
}

/** A lesson as /learn lists it, with the learner's latest attempt (docs/decisions/006-lessons.md). */
export interface ApiLessonSummary {
  id: string;
  title: string;
  concept: string;
  summary: string;
  steps: number;
  /** Steps done in the latest attempt. */
  done: number;
  complete: boolean;
  /** Completed at least once, even if started over since. */
  completedBefore: boolean;
  /** The running lesson. */
  active: boolean;
  /** Imported from a lesson file (docs/lesson-format.md), with the other languages it carries. */
  custom?: boolean;
  texts?: { ja?: LessonText };
}

export interface ApiLessonList {
  active: string | null;
  lessons: ApiLessonSummary[];
  /**
   * On a real libvirt backend: the lessons are listed, but they run in the simulated lab (each
   * replaces the lab with its own world); `simulatorUrl` is where one is served (VIRTLAB_SIMULATOR_URL), if told.
   */
  elsewhere?: { simulatorUrl: string | null };
}

/** One lesson: its texts and commands (`lessonOutline`), and the latest attempt's progress. */
export interface ApiLesson {
  outline: LessonOutline;
  /** The glossary terms it teaches (`outline.glossary`), named; the route is /glossary#id. */
  terms: { id: string; term: string }[];
  /** `ahead`: a later step done before the current one, in a lesson done in order (lib/lessons/progress.ts). */
  progress: { done: string[]; complete: boolean; ahead?: string };
  active: boolean;
  completedBefore: boolean;
}

/** A command in the lab's undo history (`GET /api/lab/history`). */
export interface ApiHistoryEntry {
  /** The command's journal seq. */
  seq: number;
  line: string;
  host: string;
  /** The lab clock's time at that point. */
  time: number;
}

/** What can be undone (oldest first; the last is what Undo takes back) and redone (next first). */
export interface ApiHistory {
  past: ApiHistoryEntry[];
  future: ApiHistoryEntry[];
}

/** `POST /api/lab/undo`, `/redo`, `/rewind`: the history after the step and the console line it printed. */
export interface ApiHistoryStep {
  history: ApiHistory;
  transcript: Transcript;
}
