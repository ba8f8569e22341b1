import { quirks } from '../../../sim/drivers';
import { isActive } from '../../../sim/states';
import type { Domain, Host } from '../../../sim/types';
import { currentDef, domainName } from '../../../sim/world';
import { formatDomainXml } from '../../../sim/xml/format';
import type { CmdCtx } from '../context';
import type { VirshCommand } from './types';
import { printXml, xpathReadable } from './xml-output';

/** CPU time in ns as the driver reports it: the test driver derives it from the wall clock. */
export function cpuTimeNs(host: Host, d: Domain, now: number): number {
  if (host.driver === 'test') return now * 1e6;
  if (!isActive(d.state)) return 0;
  // A domain of a built-in world was booted before the lab began: count an hour.
  const started = d.startedAt ?? now - 3_600_000;
  return Math.max(0, now - started) * 1e6 * 0.05 * currentDef(d).vcpus;
}

const field = (label: string, value: string | number) => `${`${label}:`.padEnd(16)}${value}\n`;

const dominfo: VirshCommand = {
  name: 'dominfo',
  readOnly: true,
  xm: 'xm list --long {domain}',
  xl: 'xl list -l {domain}',
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const host = c.host();
    const q = quirks(host.driver);
    const def = currentDef(d);
    let out = field('Id', d.id === null ? '-' : d.id) + field('Name', def.name) + field('UUID', d.uuid);
    out += field('OS Type', q.osTypeOverride ?? def.osType) + field('State', d.state) + field('CPU(s)', def.vcpus);
    const cpu = cpuTimeNs(host, d, c.s.now);
    if (cpu !== 0) out += field('CPU time', `${(cpu / 1e9).toFixed(1)}s`);
    out +=
      field('Max memory', def.memoryKiB ? `${def.memoryKiB} KiB` : 'no limit') +
      field('Used memory', `${def.currentMemoryKiB} KiB`);
    out += field('Persistent', d.config ? 'yes' : 'no') + field('Autostart', d.autostart ? 'enable' : 'disable');
    out += field('Managed save', d.managedSave ? 'yes' : 'no');
    out += field('Security model', q.securityModel.model) + field('Security DOI', q.securityModel.doi);
    if (isActive(d.state) && q.securityModel.label)
      out += field('Security label', q.securityModel.label.replace('<uuid>', d.uuid));
    (d.messages ?? []).forEach((m, i) => {
      out += field(i === 0 ? 'Messages' : '', m).replace(/^:/, ' ');
    });
    c.print(out);
    return true;
  },
};

const domstate: VirshCommand = {
  name: 'domstate',
  readOnly: true,
  xm: 'xm domstate {domain}',
  xl: 'xl list {domain}',
  run(c) {
    const d = c.domain();
    if (!d) return false;
    c.print(c.has('reason') ? `${d.state} (${d.reason})\n` : `${d.state}\n`);
    return true;
  },
};

const domid: VirshCommand = {
  name: 'domid',
  readOnly: true,
  xm: 'xm domid {domain}',
  xl: 'xl domid {domain}',
  run(c) {
    const d = c.domain('domain', { name: true, uuid: true });
    if (!d) return false;
    c.print(d.id === null ? '-\n' : `${d.id}\n`);
    return true;
  },
};

const domname: VirshCommand = {
  name: 'domname',
  readOnly: true,
  xm: 'xm domname {domain}',
  xl: 'xl domname {domain}',
  run(c) {
    const d = c.domain('domain', { id: true, uuid: true });
    if (!d) return false;
    c.print(`${domainName(d)}\n`);
    return true;
  },
};

const domuuid: VirshCommand = {
  name: 'domuuid',
  readOnly: true,
  xm: 'xm list --long {domain}',
  xl: 'xl list -l {domain}',
  run(c) {
    // virshCommandOptDomainBy(VIRSH_BYID | VIRSH_BYNAME): a UUID is not looked up.
    const d = c.domain('domain', { id: true, name: true });
    if (!d) return false;
    c.print(`${d.uuid}\n`);
    return true;
  },
};

const dumpxml: VirshCommand = {
  name: 'dumpxml',
  readOnly: true,
  xm: 'xm list --long {domain}',
  xl: 'xl list -l {domain}',
  run(c) {
    const d = c.domain();
    if (!d || !xpathReadable(c)) return false;
    // virDomainGetXMLDesc: a read-only connection may not ask for secrets (--migratable implies them).
    if (c.s.readonly && (c.has('security-info') || c.has('migratable'))) {
      c.libvirtError({
        code: 'OPERATION_DENIED',
        message: 'operation forbidden: virDomainGetXMLDesc with secure flag',
      });
      return false;
    }
    // VIR_DOMAIN_XML_UPDATE_CPU needs a host CPU model; the test driver refuses it.
    if (c.has('update-cpu') && c.host().driver === 'test') {
      c.libvirtError({ code: 'INVALID_ARG', message: 'unsupported flags (0x4) in function testDomainGetXMLDesc' });
      return false;
    }
    const def = c.has('inactive') ? (d.config ?? currentDef(d)) : currentDef(d);
    return printXml(c, formatDomainXml(def, { id: c.has('inactive') ? null : d.id }));
  },
};

function listDomains(c: CmdCtx): Domain[] | undefined {
  const host = c.host();
  const has = (o: string) => c.has(o);
  // cmdList: active domains by default; --inactive or --state-shutoff asks for inactive ones
  // instead, --all for both. State filters then narrow that set (so --state-running
  // --state-shutoff without --all lists only shut-off domains).
  const inactive = has('inactive') || has('state-shutoff');
  const wantActive = !inactive || has('all');
  const wantInactive = inactive || has('all');
  const states = ['state-running', 'state-paused', 'state-shutoff', 'state-other'].filter(has);
  return host.domains
    .filter((d) => {
      // libvirt's "active" is having an id: a preserved Xen domain is listed, shut off, with its id.
      const active = isActive(d.state) || !!d.preserved;
      if (active ? !wantActive : !wantInactive) return false;
      if (has('persistent') !== has('transient') && (has('persistent') ? !d.config : !!d.config)) return false;
      if (has('autostart') !== has('no-autostart') && (has('autostart') ? !d.autostart : d.autostart)) return false;
      if (
        has('with-managed-save') !== has('without-managed-save') &&
        (has('with-managed-save') ? !d.managedSave : !!d.managedSave)
      )
        return false;
      if (
        has('with-snapshot') !== has('without-snapshot') &&
        (has('with-snapshot') ? !d.snapshots.length : d.snapshots.length > 0)
      )
        return false;
      // No domain has checkpoints here (checkpoint-create is not simulated).
      if (has('with-checkpoint') && !has('without-checkpoint')) return false;
      if (states.length) {
        const kind =
          d.state === 'running'
            ? 'state-running'
            : d.state === 'paused'
              ? 'state-paused'
              : d.state === 'shut off'
                ? 'state-shutoff'
                : 'state-other';
        if (!states.includes(kind)) return false;
      }
      return true;
    })
    .sort((a, b) => {
      if (a.id !== null && b.id !== null) return a.id - b.id;
      if (a.id !== null) return -1;
      if (b.id !== null) return 1;
      return domainName(a) < domainName(b) ? -1 : domainName(a) > domainName(b) ? 1 : 0;
    });
}

const list: VirshCommand = {
  name: 'list',
  readOnly: true,
  xm: 'xm list',
  xl: 'xl list',
  run(c) {
    if (c.has('table') && (c.has('name') || c.has('uuid') || c.has('id'))) {
      c.error(`Options --table and --${c.has('name') ? 'name' : c.has('uuid') ? 'uuid' : 'id'} are mutually exclusive`);
      return false;
    }
    const domains = listDomains(c);
    if (!domains) return false;
    if (c.has('name') || c.has('uuid') || c.has('id')) {
      // Order uuid, id, name; with --id alone an inactive domain (no id) prints no line.
      const lines = domains
        .filter((d) => d.id !== null || c.has('name') || c.has('uuid'))
        .map((d) =>
          [
            ...(c.has('uuid') ? [d.uuid] : []),
            ...(c.has('id') ? [d.id === null ? '-' : String(d.id)] : []),
            ...(c.has('name') ? [domainName(d)] : []),
          ].join(' '),
        );
      c.print(lines.map((l) => `${l}\n`).join(''));
      return true;
    }
    const header = ['Id', 'Name', 'State', ...(c.has('title') ? ['Title'] : [])];
    const rows = domains.map((d) => [
      d.id === null ? '-' : String(d.id),
      domainName(d),
      c.has('managed-save') && d.managedSave && !isActive(d.state) ? 'saved' : d.state,
      ...(c.has('title') ? [currentDef(d).title ?? ''] : []),
    ]);
    c.print(c.table(header, rows));
    return true;
  },
};

export const infoCommands = [dominfo, domstate, domid, domname, domuuid, dumpxml, list];
