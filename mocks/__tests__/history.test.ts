import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiDomain, ApiHistory, ApiHistoryStep, ApiLesson, ShellResult, Transcript } from '@/lib/api/contract';
import { HISTORY_CHARS, MAX_POINTS } from '../history';
import { server } from '../node';
import type { StorageLike } from '../store';
import { get, installLab, memory, send } from './lab-api';

const sh = async (line: string, host = 'kvm1') => (await send<ShellResult>('POST', '/shell', { host, line })).body;
const state = async (name: string, host = 'kvm1') => (await get<ApiDomain>(`/hosts/${host}/domains/${name}`)).state;

let storage: StorageLike;
let wall = Date.UTC(2026, 0, 5, 10);
const fresh = () => installLab(storage, () => wall);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  storage = memory();
  fresh();
});

describe('undo and redo', () => {
  it('takes a command back and brings it again; a new command ends redo', async () => {
    await sh('virsh start build01');
    await sh('virsh suspend build01');
    expect(await state('build01')).toBe('paused');
    const h = await get<ApiHistory>('/lab/history');
    expect(h.past.map((e) => e.line)).toEqual(['virsh start build01', 'virsh suspend build01']);
    const u = await send<ApiHistoryStep>('POST', '/lab/undo');
    expect(u.status).toBe(200);
    expect(u.body.transcript).toMatchObject({
      line: 'undo',
      status: 0,
      stdout: 'Undone: virsh suspend build01  (kvm1)\n',
    });
    expect(await state('build01')).toBe('running');
    expect(u.body.history.future.map((e) => e.line)).toEqual(['virsh suspend build01']);
    await send('POST', '/lab/redo');
    expect(await state('build01')).toBe('paused');
    await send('POST', '/lab/undo', { count: 2 });
    expect(await state('build01')).toBe('shut off');
    expect((await get<ApiHistory>('/lab/history')).future.map((e) => e.line)).toEqual([
      'virsh start build01',
      'virsh suspend build01',
    ]);
    await sh('virsh autostart build01');
    expect((await get<ApiHistory>('/lab/history')).future).toEqual([]);
    const journal = await get<Transcript[]>('/journal');
    expect((await send('POST', '/lab/redo')).status).toBe(409);
    // A button that could do nothing leaves no trace.
    expect(await get<Transcript[]>('/journal')).toEqual(journal);
  });

  it('is a console line too, and nothing to undo changes nothing', async () => {
    const none = await sh('undo');
    expect(none.transcript).toMatchObject({ status: 1, stderr: 'undo: nothing to undo\n' });
    await sh('virsh destroy web01');
    expect(await state('web01')).toBe('shut off');
    const r = await sh('undo', 'xen1');
    expect(r.transcript).toMatchObject({ host: 'xen1', status: 0, stdout: 'Undone: virsh destroy web01  (kvm1)\n' });
    expect(await state('web01')).toBe('running');
    expect((await sh('redo 5')).transcript.stdout).toBe('Redone: virsh destroy web01  (kvm1)\n');
    const journal = await get<Transcript[]>('/journal');
    expect(journal.map((t) => t.line)).toEqual(['undo', 'virsh destroy web01', 'undo', 'redo 5']);
  });

  it('takes the lab clock and the lesson progress back with the world', async () => {
    await send<ApiLesson>('POST', '/lessons/lifecycle-basics/start');
    await sh('virsh list --all');
    const t0 = (await get<{ now: number }>('/lab/clock')).now;
    wall += 60_000;
    await sh('virsh start build01');
    expect((await get<ApiLesson>('/lessons/lifecycle-basics')).progress.done).toEqual(['list-all', 'start']);
    wall += 600_000;
    await send('POST', '/lab/undo');
    expect((await get<ApiLesson>('/lessons/lifecycle-basics')).progress.done).toEqual(['list-all']);
    // The clock is where it was when `virsh start` ran, not ten minutes later.
    expect((await get<{ now: number }>('/lab/clock')).now).toBe(t0 + 60_000);
    await send('POST', '/lab/redo');
    expect((await get<ApiLesson>('/lessons/lifecycle-basics')).progress.done).toEqual(['list-all', 'start']);
  });

  it('keeps a migration in flight where it was: undoing a later command does not let it finish', async () => {
    type Job = { active: { progress: { time_elapsed: number } } | null };
    const started = await send<{ job: Job }>('POST', '/hosts/kvm1/domains/db01/migrate', {
      target: 'kvm2',
      live: true,
    });
    expect(started.status).toBe(202);
    wall += 2_000;
    await sh('virsh autostart build01');
    const before = (await get<Job>('/hosts/kvm1/domains/db01/job')).active!.progress.time_elapsed;
    wall += 3_600_000; // an hour later: left alone, the migration would long be over
    await send('POST', '/lab/undo');
    const job = await get<Job>('/hosts/kvm1/domains/db01/job');
    expect(job.active).not.toBeNull();
    expect(job.active!.progress.time_elapsed).toBe(before);
    expect(await state('db01')).toBe('running');
  });

  it('is bounded, kept with the lab across a reload, and refuses bad bodies', async () => {
    for (let i = 0; i < MAX_POINTS + 5; i++) await sh(`echo ${i}`);
    const h = await get<ApiHistory>('/lab/history');
    expect(h.past).toHaveLength(MAX_POINTS);
    expect(h.past[0].line).toBe('echo 5');
    expect(JSON.stringify(JSON.parse(storage.getItem('virtlab:lab') ?? '{}').lab.history).length).toBeLessThan(
      HISTORY_CHARS,
    );
    fresh();
    expect((await get<ApiHistory>('/lab/history')).past).toHaveLength(MAX_POINTS);
    for (const body of [{ count: 0 }, { count: 'x' }, { count: 51 }, { extra: 1 }]) {
      expect((await send('POST', '/lab/undo', body)).status).toBe(400);
    }
    expect((await get<ApiHistory>('/lab/history')).past).toHaveLength(MAX_POINTS);
  });
});
