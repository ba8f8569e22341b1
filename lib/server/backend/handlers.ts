import type { ApiDomainSummary, ApiEvent, ApiHost, LabClock, LabSettings, LabStatus } from '@/lib/api/contract';
import { noDomain, noHost, parse, problem, queryOf, readJson } from '@/lib/api/answers';
import { argsFromQuery } from '@/lib/api/migrate-command';
import { actionBodies, domainAction } from '@/lib/api/schemas/actions';
import { noFields } from '@/lib/api/schemas/fields';
import {
  domainParams,
  domainsQuery,
  eventsQuery,
  hostParams,
  migrateArgs,
  shellRequest,
} from '@/lib/api/schemas/requests';
import { type Answer, runAction } from './actions';
import { runConsole } from './console';
import type { Connection } from './connections';
import { lessonsElsewhere } from './lessons';
import { type Backend, connectionOf } from './context';
import { saveImages } from './files';
import { checkMigration, startMigration } from './migrate';
import { abortJob, jobOf } from './migrate-job';
import { domainNames, readDomain, readHost, readSummary } from './read';
import type { Params, Route } from './routes';

const json = (value: unknown, status = 200) => Response.json(value, { status });
const answer = <T>(a: Answer<T>, status = 200) =>
  a.ok ? json(a.value, status) : problem(a.status, a.code, a.message, a.transcript ? { transcript: a.transcript } : {});

/** What a real host is not: the lab's own tools (reset, lessons, time, the network) answer why. */
const notHere = (what: string) => () =>
  problem(409, 'NO_SUPPORT', `${what} belongs to the simulated lab; this server runs on real libvirt`);

type Found = { ok: true; c: Connection } | { ok: false; error: Response };
function host(b: Backend, params: Params): Found {
  const p = parse(hostParams, params);
  if (!p.ok) return p;
  const c = connectionOf(b, p.value.host);
  return c ? { ok: true, c } : { ok: false, error: noHost(p.value.host) };
}
/** The host and an existing domain (libvirt answers `dominfo` for it). */
async function domain(b: Backend, params: Params): Promise<Found & { name?: string }> {
  const p = parse(domainParams, params);
  if (!p.ok) return p;
  const h = host(b, params);
  if (!h.ok) return h;
  const found = (await domainNames(h.c)).includes(p.value.name);
  return found ? { ...h, name: p.value.name } : { ok: false, error: noDomain(p.value.name) };
}

const summaries = async (b: Backend, cs: Connection[]) =>
  (await Promise.all(cs.map(async (c) => Promise.all((await domainNames(c)).map((n) => readSummary(c, n, b.log))))))
    .flat()
    .filter((d): d is ApiDomainSummary => d !== null);

export const routes: Route[] = [
  { method: 'GET', path: '/api/lab', handle: () => json({ status: 'ok', storeVersion: 1 } satisfies LabStatus) },
  { method: 'POST', path: '/api/lab/reset', handle: notHere('Resetting the lab') },
  { method: 'GET', path: '/api/lab/raw', handle: notHere('The stored lab') },
  { method: 'GET', path: '/api/lab/clock', handle: () => json({ now: Date.now(), rate: 1 } satisfies LabClock) },
  { method: 'PUT', path: '/api/lab/clock', handle: notHere('Running time faster') },
  { method: 'GET', path: '/api/settings', handle: () => json({ latencyMs: 0 } satisfies LabSettings) },
  { method: 'PUT', path: '/api/settings', handle: notHere('A simulated latency') },
  { method: 'GET', path: '/api/lessons', handle: () => json(lessonsElsewhere()) },
  { method: 'POST', path: '/api/lessons/leave', handle: () => json(lessonsElsewhere()) },
  { method: 'GET', path: '/api/lessons/:id', handle: notHere('A lesson (it replaces the lab)') },
  { method: 'POST', path: '/api/lessons/:id/start', handle: notHere('A lesson (it replaces the lab)') },
  {
    method: 'GET',
    path: '/api/hosts',
    handle: async (b) => json((await Promise.all(b.connections.map(readHost))) satisfies ApiHost[]),
  },
  {
    method: 'GET',
    path: '/api/hosts/:host',
    handle: async (b, _r, params) => {
      const h = host(b, params);
      return h.ok ? json(await readHost(h.c)) : h.error;
    },
  },
  { method: 'PATCH', path: '/api/hosts/:host', handle: notHere("Taking a host off the lab's network") },
  {
    method: 'GET',
    path: '/api/hosts/:host/files',
    handle: async (b, _r, params) => {
      const h = host(b, params);
      return h.ok ? json(await saveImages(h.c.uri, b.saveDir)) : h.error;
    },
  },
  { method: 'PUT', path: '/api/hosts/:host/files', handle: notHere('Writing files on the host') },
  {
    method: 'GET',
    path: '/api/domains',
    handle: async (b, request) => {
      const q = parse(domainsQuery, queryOf(request));
      if (!q.ok) return q.error;
      return json(
        await summaries(
          b,
          b.connections.filter((c) => !q.value.host || c.name === q.value.host),
        ),
      );
    },
  },
  {
    method: 'GET',
    path: '/api/hosts/:host/domains',
    handle: async (b, _r, params) => {
      const h = host(b, params);
      return h.ok ? json(await summaries(b, [h.c])) : h.error;
    },
  },
  {
    method: 'GET',
    path: '/api/hosts/:host/domains/:name',
    handle: async (b, _r, params) => {
      const p = parse(domainParams, params);
      if (!p.ok) return p.error;
      const h = host(b, params);
      if (!h.ok) return h.error;
      const d = await readDomain(h.c, p.value.name, b.log);
      return d ? json(d) : noDomain(p.value.name);
    },
  },
  {
    method: 'POST',
    path: '/api/hosts/:host/domains/:name/actions/:action',
    handle: async (b, request, params) => {
      const d = await domain(b, params);
      if (!d.ok) return d.error;
      const action = parse(domainAction, params.action);
      if (!action.ok) return action.error;
      const body = await readJson(request, actionBodies[action.value]);
      if (!body.ok) return body.error;
      return answer(await runAction(b, d.c, d.name!, action.value, body.value));
    },
  },
  {
    method: 'GET',
    path: '/api/hosts/:host/domains/:name/job',
    handle: async (b, _r, params) => {
      const d = await domain(b, params);
      return d.ok ? json(await jobOf(d.c, d.name!)) : d.error;
    },
  },
  {
    method: 'DELETE',
    path: '/api/hosts/:host/domains/:name/job',
    handle: async (b, request, params) => {
      const d = await domain(b, params);
      if (!d.ok) return d.error;
      const body = await readJson(request, noFields);
      if (!body.ok) return body.error;
      return answer(await abortJob(b, d.c, d.name!));
    },
  },
  { method: 'POST', path: '/api/hosts/:host/domains/:name/job/cut', handle: notHere("Cutting a migration's link") },
  { method: 'POST', path: '/api/hosts/:host/domains/:name/job/skip', handle: notHere('Fast-forwarding a job') },
  {
    method: 'POST',
    path: '/api/hosts/:host/domains/:name/migrate',
    handle: async (b, request, params) => {
      const d = await domain(b, params);
      if (!d.ok) return d.error;
      const body = await readJson(request, migrateArgs);
      if (!body.ok) return body.error;
      return answer(await startMigration(b, d.c, d.name!, body.value), 202);
    },
  },
  {
    method: 'GET',
    path: '/api/hosts/:host/domains/:name/migrate/check',
    handle: async (b, request, params) => {
      const d = await domain(b, params);
      if (!d.ok) return d.error;
      const args = parse(migrateArgs, argsFromQuery(new URL(request.url).searchParams));
      return args.ok ? answer(await checkMigration(b, d.c, d.name!, args.value)) : args.error;
    },
  },
  {
    method: 'POST',
    path: '/api/shell',
    handle: async (b, request) => {
      const body = await readJson(request, shellRequest);
      if (!body.ok) return body.error;
      const c = connectionOf(b, body.value.host);
      return c ? json(await runConsole(b, c, body.value.line, body.value.lang)) : noHost(body.value.host);
    },
  },
  {
    method: 'GET',
    path: '/api/events',
    handle: (b, request) => {
      const q = parse(eventsQuery, queryOf(request));
      if (!q.ok) return q.error;
      const { host: h, domain: d } = q.value;
      return json(b.log.events.filter((e) => (!h || e.host === h) && (!d || e.domain === d)) satisfies ApiEvent[]);
    },
  },
  { method: 'GET', path: '/api/journal', handle: (b) => json(b.log.journal) },
];
