import {
  poolAutostart,
  poolBuild,
  poolCreate,
  poolDefine,
  poolDestroy,
  poolRefresh,
  poolStart,
  poolUndefine,
} from '../../../sim/ops/pools';
import { unsupportedFlags, type Result } from '../../../sim/result';
import type { World } from '../../../sim/types';
import { uuidFromSeed } from '../../../sim/uuid';
import { parsePoolXml } from '../../../sim/xml/pool-xml';
import type { CmdCtx } from '../context';
import { readXmlFile } from './define';
import { applyStorage, poolArg, poolsHere, reqString } from './pool-lookup';
import { poolDumpXml, poolInfo, poolList } from './pool-list';
import { poolEdit } from './pool-edit';
import { buildPoolXml } from './pool-xml-args';
import type { VirshCommand } from './types';

/** virsh's lines, each spelled whole: the Japanese catalogue is matched on virsh's own msgids. */
const MSG = {
  define: {
    failFile: (f: string) => `Failed to define pool from ${f}`,
    doneFile: (n: string, f: string) => `Pool ${n} defined from ${f}\n`,
    fail: (n: string) => `Failed to define pool ${n}`,
    done: (n: string) => `Pool ${n} defined\n`,
  },
  create: {
    failFile: (f: string) => `Failed to create pool from ${f}`,
    doneFile: (n: string, f: string) => `Pool ${n} created from ${f}\n`,
    fail: (n: string) => `Failed to create pool ${n}`,
    done: (n: string) => `Pool ${n} created\n`,
  },
};

const none = { none: 'Xen keeps no libvirt storage pools: images are files or LVs named in the guest config' };

/** VIR_STORAGE_POOL_CREATE_WITH_BUILD (1), …_OVERWRITE (2), …_NO_OVERWRITE (4), after the exclusive check. */
function createFlags(c: CmdCtx): number | undefined {
  if (!c.exclusive('overwrite', 'no-overwrite')) return undefined;
  return (c.has('build') ? 1 : 0) | (c.has('overwrite') ? 2 : 0) | (c.has('no-overwrite') ? 4 : 0);
}

/** Parses pool XML and defines or creates it; the driver checks its flags before the XML. */
function definePool(c: CmdCtx, xml: string, verb: 'define' | 'create', flags: number, failLine: string) {
  if (verb === 'create' && flags)
    return applyStorage(c, unsupportedFlags(flags, 'testStoragePoolCreateXML'), failLine) && false;
  const newUuid = () => uuidFromSeed(`${c.host().name}/pool/${c.s.now}/${xml}`);
  const def = parsePoolXml(xml, newUuid, c.has('validate'));
  if (!def.ok) return applyStorage(c, def, failLine) && false;
  const r = verb === 'define' ? poolDefine(c.op(), def.value) : poolCreate(c.op(), def.value, flags);
  return applyStorage(c, r, failLine) ? def.value.name : false;
}

function fromFile(verb: 'define' | 'create'): VirshCommand['run'] {
  return (c) => {
    if (!poolsHere(c)) return false;
    const file = reqString(c, 'file');
    if (file == null) return false;
    const flags = verb === 'create' ? createFlags(c) : 0;
    if (flags === undefined) return false;
    const xml = readXmlFile(c, file);
    if (xml === undefined) return false;
    const name = definePool(c, xml, verb, flags, MSG[verb].failFile(file));
    if (!name) return false;
    c.extra(MSG[verb].doneFile(name, file));
    return true;
  };
}

function fromArgs(verb: 'define' | 'create'): VirshCommand['run'] {
  return (c) => {
    if (!poolsHere(c)) return false;
    const flags = verb === 'create' ? createFlags(c) : 0;
    if (flags === undefined) return false;
    const built = buildPoolXml(c);
    if (!built) return false;
    if (c.has('print-xml')) {
      c.print(built.xml);
      return true;
    }
    if (!definePool(c, built.xml, verb, flags, MSG[verb].fail(built.name))) return false;
    c.extra(MSG[verb].done(built.name));
    return true;
  };
}

/** A command on one pool: look it up, run the operation, print virsh's line. */
function onPool(
  op: (c: CmdCtx, name: string) => Result<World> | undefined,
  fail: string | ((c: CmdCtx) => string),
  done: string | ((c: CmdCtx) => string),
): VirshCommand['run'] {
  return (c) => {
    const p = poolArg(c);
    if (!p) return false;
    const arg = c.str('pool')!;
    const r = op(c, p.def.name);
    const failLine = (typeof fail === 'string' ? fail : fail(c)).replace('{pool}', arg);
    if (!r || !applyStorage(c, r, failLine)) return false;
    c.extra((typeof done === 'string' ? done : done(c)).replace('{pool}', arg));
    return true;
  };
}

export const poolCommands: VirshCommand[] = [
  { name: 'pool-list', readOnly: true, xm: none, xl: none, run: poolList },
  { name: 'pool-info', readOnly: true, xm: none, xl: none, run: poolInfo },
  { name: 'pool-dumpxml', readOnly: true, xm: none, xl: none, run: poolDumpXml },
  poolEdit,
  { name: 'pool-define', api: 'virStoragePoolDefineXML', xm: none, xl: none, run: fromFile('define') },
  { name: 'pool-create', api: 'virStoragePoolCreateXML', xm: none, xl: none, run: fromFile('create') },
  { name: 'pool-define-as', api: 'virStoragePoolDefineXML', xm: none, xl: none, run: fromArgs('define') },
  { name: 'pool-create-as', api: 'virStoragePoolCreateXML', xm: none, xl: none, run: fromArgs('create') },
  {
    name: 'pool-start',
    api: 'virStoragePoolCreate',
    run: onPool(
      (c, n) => {
        const flags = createFlags(c);
        return flags === undefined ? undefined : poolStart(c.op(), n, flags);
      },
      'Failed to start pool {pool}',
      'Pool {pool} started\n',
    ),
  },
  {
    name: 'pool-destroy',
    api: 'virStoragePoolDestroy',
    run: onPool((c, n) => poolDestroy(c.op(), n), 'Failed to destroy pool {pool}', 'Pool {pool} destroyed\n'),
  },
  {
    name: 'pool-undefine',
    api: 'virStoragePoolUndefine',
    run: onPool(
      (c, n) => poolUndefine(c.op(), n),
      'Failed to undefine pool {pool}',
      'Pool {pool} has been undefined\n',
    ),
  },
  {
    name: 'pool-build',
    api: 'virStoragePoolBuild',
    run: onPool(
      // VIR_STORAGE_POOL_BUILD_NO_OVERWRITE (4), _OVERWRITE (8): the test driver takes no flag.
      (c, n) =>
        poolBuild(c.op(), n, (c.has('no-overwrite') ? 4 : 0) | (c.has('overwrite') ? 8 : 0), 'testStoragePoolBuild'),
      'Failed to build pool {pool}',
      'Pool {pool} built\n',
    ),
  },
  {
    name: 'pool-delete',
    api: 'virStoragePoolDelete',
    run: onPool((c, n) => poolBuild(c.op(), n, 0, ''), 'Failed to delete pool {pool}', 'Pool {pool} deleted\n'),
  },
  {
    name: 'pool-refresh',
    api: 'virStoragePoolRefresh',
    run: onPool((c, n) => poolRefresh(c.op(), n), 'Failed to refresh pool {pool}', 'Pool {pool} refreshed\n'),
  },
  {
    name: 'pool-autostart',
    api: 'virStoragePoolSetAutostart',
    run: onPool(
      (c, n) => poolAutostart(c.op(), n, !c.has('disable')),
      (c) =>
        c.has('disable') ? 'failed to unmark pool {pool} as autostarted' : 'failed to mark pool {pool} as autostarted',
      (c) => (c.has('disable') ? 'Pool {pool} unmarked as autostarted\n' : 'Pool {pool} marked as autostarted\n'),
    ),
  },
  {
    name: 'pool-uuid',
    readOnly: true,
    run(c) {
      const p = poolArg(c, 'pool', { name: true });
      if (p) c.print(`${p.def.uuid}\n`);
      return !!p;
    },
  },
  {
    name: 'pool-name',
    readOnly: true,
    run(c) {
      const p = poolArg(c, 'pool', { uuid: true });
      if (p) c.print(`${p.def.name}\n`);
      return !!p;
    },
  },
];
