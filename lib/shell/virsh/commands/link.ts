import { domainSetInterfaceLink } from '../../../sim/ops/devices';
import { isActive } from '../../../sim/states';
import type { Interface } from '../../../sim/types';
import { ifaceXml } from '../../../sim/xml/format';
import { findInterface, xmlDef } from './devices';
import type { VirshCommand } from './types';

/** The `<interface>` node as libxml2 serialises it for --print-xml: double quotes, `<link>` appended. */
function printedXml(n: Interface, state: string): string {
  const lines = ifaceXml({ ...n, linkState: undefined }).map((l) => l.replace(/'/g, '"'));
  const body = lines.slice(1, -1).join('\n');
  return `${lines[0].trimStart()}\n${body}\n    <link state="${state}"/></interface>`;
}

const domifSetlink: VirshCommand = {
  name: 'domif-setlink',
  api: 'virDomainUpdateDeviceFlags',
  xm: { none: 'xm cannot change a vif link state' },
  xl: { none: 'xl cannot change a vif link state' },
  run(c) {
    const d = c.domain();
    if (!d) return false;
    const iface = c.str('interface')!;
    const state = c.str('state')!;
    if (state !== 'up' && state !== 'down') {
      c.error(`invalid link state '${state}'`);
      return false;
    }
    const def = xmlDef(d, c.has('config'));
    if (!def.interfaces.length) {
      c.error('Failed to extract interface information or no interfaces found');
      return false;
    }
    const found = findInterface(def, iface);
    if (found.length !== 1) {
      c.error(`interface '${iface}' not found`);
      return false;
    }
    if (c.has('print-xml')) {
      c.print(printedXml(found[0], state));
      return true;
    }
    // virsh changes the persistent definition of an inactive domain, else the live one unless --config.
    const config = c.has('config') || !isActive(d.state);
    if (
      !c.apply(
        domainSetInterfaceLink(c.op(), d.uuid, found[0].mac, state, { live: !config, config }),
        'Failed to update interface link state',
      )
    )
      return false;
    c.extra('Device updated successfully\n');
    return true;
  },
};

export const linkCommands: VirshCommand[] = [domifSetlink];
