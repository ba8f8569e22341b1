import type { CmdCtx } from '../context';
import { networkArg } from './network-lookup';
import type { VirshCommand } from './types';

const none = { none: 'Xen networking is bridges set up on the host (brctl, /etc/xen/scripts)' };

/**
 * cmdNetworkPortDumpXML and cmdNetworkPortDelete in virsh 9.0 start from `ret = true`, so a
 * failed lookup prints virsh's line and still exits 0, without libvirt's error. The test driver
 * has no virNetworkPortLookupByUUID: every port lookup fails ("failed to get network port").
 */
function onPort(c: CmdCtx): boolean {
  if (c.host().driver !== 'test') {
    c.error(`command '${c.name}' is not simulated by VirtLab`);
    return false;
  }
  if (!networkArg(c)) return true;
  const port = c.str('port')!;
  if (port === '') c.error("Failed to get option 'port': Option argument is empty");
  else c.error(`failed to get network port '${port}'`);
  return true;
}

export const networkPortCommands: VirshCommand[] = [
  { name: 'net-port-dumpxml', readOnly: true, xm: none, xl: none, run: onPort },
  { name: 'net-port-delete', api: 'virNetworkPortDelete', xm: none, xl: none, run: onPort },
];
