import type { ConsoleLang } from '@/lib/shell/shell-env';
import type { ActionArgs, ActionResult, DomainAction, Transcript } from '@/lib/api/contract';
import { virshArgv } from '@/lib/api/commands';
import { failureOf } from '@/lib/api/failure';
import { commandLine } from '@/lib/shell/command-line';
import { parseDomstate } from '@/lib/shell/virsh/parse/domain';
import type { Connection } from './connections';
import type { Backend } from './context';
import { saveFile } from './files';
import { driverLimit } from './limits';
import { readDomain } from './read';
import { safeArgv } from './safe-argv';
import { type LifecycleAction, transitions } from '@/lib/sim/transitions';

export type Answer<T> =
  | { ok: true; value: T }
  | { ok: false; status: number; code: string; message: string; transcript?: Transcript };

/** Runs virsh words on a host and journals them as the console or a button ran them. */
export async function runVirsh(
  b: Backend,
  c: Connection,
  argv: string[],
  source: Transcript['source'],
  domain?: string,
  line = commandLine('virsh', argv),
  lang?: ConsoleLang,
): Promise<Transcript> {
  const time = Date.now();
  const r = await c.virsh.run(argv, lang);
  return b.log.record({
    time,
    host: c.name,
    cwd: '/root',
    line,
    ...r,
    source,
    ...(domain !== undefined ? { domain } : {}),
  });
}

/** Save and restore name files in the server's save folder only (lib/server/backend/files.ts). */
function withSaveFile(b: Backend, action: DomainAction, args: ActionArgs): Answer<ActionArgs> {
  if ((action !== 'save' && action !== 'restore') || typeof args.file !== 'string') return { ok: true, value: args };
  const f = saveFile(args.file, b.saveDir);
  return f.ok
    ? { ok: true, value: { ...args, file: f.path } }
    : { ok: false, status: 400, code: 'BAD_REQUEST', message: f.message };
}

export const domstate = async (c: Connection, name: string) =>
  parseDomstate((await c.virsh.run(['domstate', '--reason', '--domain', name])).stdout);

/** A button: the action table's virsh words, run for real; the state change it caused, seen before and after. */
export async function runAction(
  b: Backend,
  c: Connection,
  name: string,
  action: DomainAction,
  body: ActionArgs,
): Promise<Answer<ActionResult>> {
  const cause = lifecycle(action);
  const limit = cause && driverLimit(c.driver, cause);
  if (limit) return { ok: false, status: 409, code: 'NO_SUPPORT', message: limit };
  const args = withSaveFile(b, action, body);
  if (!args.ok) return args;
  const words = virshArgv(action, name, args.value);
  if (!words.ok) return { ok: false, status: 400, code: 'BAD_REQUEST', message: words.message };
  b.log.observe(c.name, name, await domstate(c, name), { action: null, command: null });
  const transcript = await runVirsh(b, c, safeArgv(action, words.argv), 'button', name);
  const seen = b.log.observe(c.name, name, await domstate(c, name), { action: cause, command: transcript.line });
  if (transcript.status !== 0) return { ok: false, status: 409, ...failureOf(transcript), transcript };
  return {
    ok: true,
    value: { transcript, transition: seen.transition, events: seen.events, domain: await readDomain(c, name, b.log) },
  };
}

/** A lifecycle action of the transition table run as one virsh word (migrate has its own endpoint). */
export const lifecycle = (a: string): Exclude<LifecycleAction, 'migrate'> | null => {
  const t = transitions.find((x) => x.action === a);
  return t && t.action !== 'migrate' ? t.action : null;
};
