import type { Result, VirtError } from '../sim/result';
import type { World } from '../sim/types';
import type { HostFs } from './host-fs';
import type { MessageNote } from './l10n/message-note';
import { type Chunk, chunksOf, write } from './output-order';

/** One virsh / xm / xl session: the world it changes, where it is connected, and its I/O. */
export interface Session {
  world: World;
  /** Host name in `world` the session is connected to; null when not connected. */
  host: string | null;
  uri: string | null;
  fs: HostFs;
  now: number;
  quiet: boolean;
  readonly: boolean;
  /** virsh reads commands from stdin (its interactive mode): `cd` works only there. */
  interactive?: boolean;
  /** virsh -t: each command's run time replaces the blank separator line. */
  timing?: boolean;
  /** The machine's host name (the test driver answers `virsh hostname` with the local one). */
  localHostname: string;
  /** The lab host this shell runs on (the console): local URIs such as qemu:///system reach its hypervisor. */
  localHost?: string;
  /** The locale's charset is UTF-8 (else C): tables escape what the locale cannot print. */
  utf8?: boolean;
  /** The inputrc readline reads for the interactive mode ($INPUTRC, else ~/.inputrc); none: Debian's /etc/inputrc. */
  inputrc?: string;
  /** Its name in readline's errors: $INPUTRC as given, else `~/.inputrc`. */
  inputrcName?: string;
  /** Commands that wait for a job (migrate) start it and return at once. */
  background?: boolean;
  /**
   * The editor virsh's *edit commands run on a temporary file ($EDITOR). Without one, the file
   * comes back as it was written, as with `EDITOR=true` (decision 026).
   */
  editor?: (text: string) => Result<string>;
  /**
   * virsh's last libvirt error (virshErrorHandler's last_error): kept from command to command until
   * a failing command reports it (vshReportError) — a command that fails without raising one of its
   * own prints the error an earlier command left unreported.
   */
  lastError?: VirtError | null;
  /**
   * virsh's auth callback (virConnectAuthCallbackDefault) with no terminal: prompts printed on stdout,
   * answers read line by line from standard input as stdio buffers it. None: standard input is at its end.
   */
  credentials?: Credentials;
  /** Opens a connection: may replace the world (test:///default starts a fresh one). */
  connect: (uri: string | null, s: Session) => Result<{ world: World; host: string; uri: string }>;
}

export interface Credentials {
  prompt(text: string): void;
  /** The next line without its newline; '' at the end of input. */
  line(): string;
}

export interface Output {
  stdout: string;
  stderr: string;
  status: number;
  /** The libvirt message behind an error line whose English another message shares, in order. */
  notes?: readonly MessageNote[];
  /** Both streams in the order virsh wrote them (a terminal shows them so). */
  chunks?: readonly Chunk[];
}

/** Collects a command's streams, in the order written; errors are printed as virsh does ("error: ..."). */
export class Streams {
  readonly chunks: Chunk[] = [];
  #out = '';
  #err = '';
  lastError: VirtError | null = null;
  notes: MessageNote[] = [];
  get out() {
    return this.#out;
  }
  /** `io.out += text` appends a run; `io.out = ''` empties the stream (nothing else is meaningful). */
  set out(text: string) {
    this.#append(1, text);
  }
  get err() {
    return this.#err;
  }
  set err(text: string) {
    this.#append(2, text);
  }
  #append(fd: 1 | 2, whole: string) {
    const was = fd === 1 ? this.#out : this.#err;
    if (whole === '') {
      // Emptied by a reader that has taken what was written (lib/node/virsh-cli.ts): its runs go too.
      for (let i = this.chunks.length - 1; i >= 0; i--) if (this.chunks[i].fd === fd) this.chunks.splice(i, 1);
      if (fd === 1) this.#out = '';
      else this.#err = '';
      return;
    }
    if (!whole.startsWith(was)) throw new Error('Streams: a stream can only be appended to');
    write(this.chunks, fd, whole.slice(was.length));
    if (fd === 1) this.#out = whole;
    else this.#err = whole;
  }
  print(text: string) {
    this.out += text;
  }
  /** `msgid`: the message virsh printed, where the English alone cannot say which (lib/shell/l10n/message-note.ts). */
  error(text: string, msgid?: string) {
    this.err += `error: ${text}\n`;
    if (msgid) this.notes.push({ text, msgid });
  }
  /** Another run's output (a line of the interactive mode), in its order. */
  take(r: Output) {
    for (const c of chunksOf(r)) this.#append(c.fd, (c.fd === 1 ? this.#out : this.#err) + c.text);
    this.notes.push(...(r.notes ?? []));
  }
}
