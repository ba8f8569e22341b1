/**
 * Malformed requests for the API fuzz test, grouped by endpoint: wrong types, unknown fields,
 * values outside their range, strings past their limit (in UTF-8 bytes), prototype names, and
 * paths and methods the API does not have. Every one must be refused with nothing changed.
 */
export interface Malformed {
  label: string;
  method: string;
  path: string;
  body?: string;
}

const big = (n: number, ch = 'a') => ch.repeat(n);
const json = (v: unknown) => JSON.stringify(v);
const action = (a: string) => `/hosts/kvm1/domains/web01/actions/${a}`;

/** Bodies that are not a JSON object of fields, whatever the endpoint. */
const notObjects = ['not json', '{"a":', '[]', '[1,2]', 'null', '42', '"text"', 'true', '{"__proto__":{"x":1}}'];

/** Values of the wrong type for a field that wants `kind`. */
const wrongTypes = (kind: 'bool' | 'int' | 'string'): unknown[] => [
  ...(kind !== 'bool' ? [true] : ['no', 'true', 1, 0]),
  ...(kind !== 'int' ? [7] : ['7', 1.5, -1, 1e300, Number.MAX_SAFE_INTEGER * 4]),
  ...(kind !== 'string' ? ['x'] : [{}, ['a']]),
  null,
  {},
];

function actionRequests(): Malformed[] {
  const out: Malformed[] = [];
  const add = (a: string, body: unknown, what: string) =>
    out.push({ label: `${a} ${what}`, method: 'POST', path: action(a), body: json(body) });
  for (const b of notObjects)
    out.push({ label: `suspend body ${b}`, method: 'POST', path: action('suspend'), body: b });
  for (const v of wrongTypes('bool')) add('start', { paused: v }, `paused=${json(v)}`);
  for (const v of wrongTypes('bool')) add('start', { forceBoot: v }, `forceBoot=${json(v)}`);
  for (const a of ['suspend', 'destroy', 'shutdown', 'reboot', 'reset', 'resume', 'undefine'])
    add(a, { force: true }, 'unknown field');
  for (const m of ['bogus', 7, '', 'LIVE', 'constructor', null])
    for (const a of ['setmem', 'setvcpus', 'vcpupin'])
      add(a, { size: 1024, unit: 'MiB', count: 1, vcpu: 0, cpulist: '0', mode: m }, `mode=${json(m)}`);
  for (const u of ['constructor', '__proto__', 'toString', 'kib', 'TiB', 7, null])
    add('setmem', { size: 1, unit: u }, `unit=${json(u)}`);
  for (const v of wrongTypes('int')) add('setmem', { size: v, unit: 'MiB' }, `size=${json(v)}`);
  add('setmem', { size: 0, unit: 'MiB' }, 'size 0');
  add('setmaxmem', { size: 1024 }, 'no unit');
  add('setmem', { size: 1024, unit: 'MiB', count: 2 }, "another action's field");
  for (const v of wrongTypes('int')) add('setvcpus', { count: v }, `count=${json(v)}`);
  add('setvcpus', { count: 0 }, 'count 0');
  add('setvcpus', { count: 1, maximum: 'yes' }, 'maximum=yes');
  for (const c of ['--config', '-1', 'all', '0;reboot', '', ' ', '0 --live', big(300, '1')])
    add('vcpupin', { vcpu: 0, cpulist: c }, `cpulist=${json(c).slice(0, 20)}`);
  for (const v of wrongTypes('int')) add('vcpupin', { vcpu: v, cpulist: '0' }, `vcpu=${json(v)}`);
  add('vcpupin', { vcpu: 0, cpulist: 5 }, 'cpulist a number');
  for (const r of ['bogus', 'RUNNING', true, 1]) {
    add('save', { file: 'x.sav', restoreAs: r }, `restoreAs=${json(r)}`);
    add('managedsave', { restoreAs: r }, `restoreAs=${json(r)}`);
  }
  for (const f of ['', '   ', 7, null, big(1 << 20), `/root/${big(256)}`, big(4097), 'a\0b', `/${'é'.repeat(2100)}`])
    add('save', { file: f }, `file=${typeof f === 'string' ? `${f.length} chars` : json(f)}`);
  add('restore', {}, 'no file');
  add('restore', { file: '/root/x.sav', paused: true }, "start's field");
  for (const v of wrongTypes('bool')) add('autostart', { enable: v }, `enable=${json(v)}`);
  add('autostart', {}, 'no enable');
  for (const n of [undefined, 7, '', big(300), null])
    add('domrename', { newName: n }, `newName=${json(n)?.slice(0, 12)}`);
  for (const a of ['explode', 'constructor', '__proto__', 'toString', 'migrate', big(300)])
    add(a, {}, 'unknown action');
  return out;
}

function otherRequests(): Malformed[] {
  const out: Malformed[] = [];
  const add = (label: string, method: string, path: string, body?: unknown) =>
    out.push({
      label,
      method,
      path,
      body: body === undefined ? undefined : typeof body === 'string' ? body : json(body),
    });
  for (const b of notObjects) add(`shell body ${b}`, 'POST', '/shell', b);
  add('shell no host', 'POST', '/shell', { line: 'virsh list' });
  add('shell host number', 'POST', '/shell', { host: 1, line: 'virsh list' });
  add('shell line number', 'POST', '/shell', { host: 'kvm1', line: 7 });
  add('shell line 4097 bytes', 'POST', '/shell', { host: 'kvm1', line: `virsh list ${big(4086)}` });
  add('shell line of 2-byte characters', 'POST', '/shell', { host: 'kvm1', line: `echo ${'é'.repeat(2046)}` });
  for (const cwd of ['root', '', 7, big(1 << 20)])
    add(`shell cwd ${json(cwd).slice(0, 12)}`, 'POST', '/shell', { host: 'kvm1', line: 'pwd', cwd });
  for (const columns of [0, -1, 1001, 80.5, '80', null, 1e300])
    add(`shell columns ${json(columns)}`, 'POST', '/shell', { host: 'kvm1', line: 'ls /dev', columns });
  add('shell unknown field', 'POST', '/shell', { host: 'kvm1', line: 'pwd', sudo: true });
  add('shell unknown host', 'POST', '/shell', { host: 'constructor', line: 'virsh list' });
  add('shell long host', 'POST', '/shell', { host: big(1 << 16), line: 'virsh list' });
  const file = (p: string) => `/hosts/kvm1/files?path=${encodeURIComponent(p)}`;
  for (const p of [
    '/root/..',
    '/root/.',
    '/root/a/b',
    '/etc/passwd',
    'root/x',
    '/root/',
    `/root/${big(256)}`,
    '/tmp/a\0b',
  ])
    add(`file ${p.slice(0, 20)}`, 'PUT', file(p), 'x');
  add('file without path', 'PUT', '/hosts/kvm1/files', 'x');
  add('file with another query field', 'PUT', `${file('/root/a.xml')}&mode=0777`, 'x');
  add('file of 64 KiB + 1 byte', 'PUT', file('/root/a.xml'), big(65537));
  add('file of 64 KiB of 2-byte characters', 'PUT', file('/root/a.xml'), 'é'.repeat(40000));
  add('file on no host', 'PUT', '/hosts/nope/files?path=/root/a', 'x');
  const migrate = '/hosts/kvm1/domains/web01/migrate';
  for (const b of notObjects) add(`migrate body ${b}`, 'POST', migrate, b);
  add('migrate no target', 'POST', migrate, { live: true });
  add('migrate unknown target', 'POST', migrate, { target: 'nowhere' });
  add('migrate target number', 'POST', migrate, { target: 2 });
  add('migrate tool', 'POST', migrate, { target: 'kvm2', tool: 'xl' });
  add('migrate xm on KVM', 'POST', migrate, { target: 'kvm2', tool: 'xm' });
  for (const k of ['live', 'offline', 'persistent', 'undefinesource', 'suspend', 'autoConverge', 'postcopy'])
    add(`migrate ${k}=yes`, 'POST', migrate, { target: 'kvm2', [k]: 'yes' });
  for (const v of [0, -5, 1.5, '10', 1e12]) {
    add(`migrate timeout=${v}`, 'POST', migrate, { target: 'kvm2', timeout: v });
    add(`migrate bandwidth=${v}`, 'POST', migrate, { target: 'kvm2', bandwidth: v });
  }
  add('migrate unknown flag', 'POST', migrate, { target: 'kvm2', compressed: true });
  add('migrate check unknown flag', 'GET', `${migrate}/check?target=kvm2&bogus=1`);
  add('migrate check flag value', 'GET', `${migrate}/check?target=kvm2&live=maybe`);
  add('migrate check timeout', 'GET', `${migrate}/check?target=kvm2&timeout=soon`);
  for (const r of [0, 101, -1, '10', null, 1e300]) add(`clock rate ${json(r)}`, 'PUT', '/lab/clock', { rate: r });
  add('clock unknown field', 'PUT', '/lab/clock', { rate: 2, now: 0 });
  for (const l of [-1, 5001, 3_600_000, 1.5, '100', null])
    add(`latency ${json(l)}`, 'PUT', '/settings', { latencyMs: l });
  for (const r of ['no', 0, null]) add(`reachable ${json(r)}`, 'PATCH', '/hosts/kvm2', { reachable: r });
  add('reachable with more', 'PATCH', '/hosts/kvm2', { reachable: false, name: 'x' });
  add('patch no host', 'PATCH', '/hosts/nope', { reachable: false });
  add('reset with a body', 'POST', '/lab/reset', { hard: true });
  add('reset with an array', 'POST', '/lab/reset', '[]');
  add('lesson start with a body', 'POST', '/lessons/autostart/start', { fast: true });
  add('lesson unknown', 'POST', '/lessons/constructor/start');
  add('lesson long id', 'POST', `/lessons/${big(5000)}/start`);
  add('leave with a body', 'POST', '/lessons/leave', { x: 1 });
  add('job cut with a body', 'POST', '/hosts/kvm1/domains/web01/job/cut', { x: 1 });
  add('job cut with no job', 'POST', '/hosts/kvm1/domains/web01/job/cut');
  add('job skip with no job', 'POST', '/hosts/kvm1/domains/web01/job/skip');
  add('domains unknown query', 'GET', '/domains?sort=name');
  add('domains long host', 'GET', `/domains?host=${big(5000)}`);
  add('events unknown query', 'GET', '/events?since=0');
  add('domain long name', 'GET', `/hosts/kvm1/domains/${big(5000)}`);
  add('domain __proto__', 'GET', '/hosts/kvm1/domains/__proto__');
  add('host constructor', 'GET', '/hosts/constructor');
  for (const p of [
    '/nope',
    '/hosts/kvm1/nope',
    '/domains/web01',
    '/lab/raw/x',
    '/hosts/kvm1/domains/web01/actions',
    '',
  ])
    add(`unknown path /api${p}`, 'GET', p);
  for (const [m, p] of [
    ['DELETE', '/hosts'],
    ['POST', '/domains'],
    ['PUT', '/hosts/kvm1/domains/web01'],
    ['GET', '/hosts/kvm1/domains/web01/actions/suspend'],
    ['PATCH', '/lab/reset'],
    ['DELETE', '/shell'],
    ['POST', '/journal'],
    ['GET', '/lab/reset'],
    ['GET', '/lab/undo'],
    ['PUT', '/lab/history'],
  ])
    add(`${m} ${p}`, m, p);
  // Undo and redo: a count from 1 to 50, nothing else.
  for (const dir of ['undo', 'redo']) {
    for (const b of notObjects) add(`${dir} body ${b}`, 'POST', `/lab/${dir}`, b);
    for (const v of [...wrongTypes('int'), 0, 51])
      add(`${dir} count=${json(v)}`, 'POST', `/lab/${dir}`, json({ count: v }));
    add(`${dir} unknown field`, 'POST', `/lab/${dir}`, json({ to: 1 }));
  }
  // A lesson file that is not one: each refused, nothing imported.
  for (const b of [...notObjects, json({ format: 'virtlab-lesson', version: 1 }), json({ format: 'x' }), big(70_000)])
    add(`lesson import ${b.slice(0, 20)}`, 'POST', '/lessons/import', b);
  add('remove a built-in lesson', 'DELETE', '/lessons/lifecycle-basics');
  return out;
}

export const malformedRequests = (): Malformed[] => [...actionRequests(), ...otherRequests()];
