import { internalError, ok, type Result } from '../result';
import type { NodeDevice, World } from '../types';
import { fcHost } from '../worlds/test-node-devices';
import type { NodeDeviceRequest } from '../xml/nodedev-xml';
import { updateHost } from '../world';
import { hostOf, type OpContext } from './context';

/**
 * The test driver's node devices (testNodeDeviceCreateXML / …Destroy): only vHBAs can be made,
 * on a parent with vport_ops; the new one is the driver's mock, a copy of scsi_host11 named
 * scsi_host12 with the requested WWNN and WWPN. Destroying removes an FC host whose parent is
 * still there; other devices stay, though virsh reports them destroyed.
 */
export const nodeDevicesOf = (ctx: OpContext): NodeDevice[] => hostOf(ctx).nodeDevices ?? [];

const put = (ctx: OpContext, devs: NodeDevice[]): World =>
  updateHost(ctx.world, ctx.host, (h) => ({ ...h, nodeDevices: devs }));

export function nodeDeviceCreate(ctx: OpContext, req: NodeDeviceRequest): Result<{ world: World; name: string }> {
  if (!req.fc) return internalError('Device is not a fibre channel HBA');
  const devs = nodeDevicesOf(ctx);
  if (req.parent !== undefined) {
    const parent = devs.find((d) => d.name === req.parent);
    if (!parent) return internalError("Could not find parent device for 'new device'");
    if (!parent.vportOps) return internalError(`Parent device ${parent.name} is not capable of vport operations`);
  }
  const vhba = fcHost('scsi_host12', 'scsi_host1', 11, { ...req.fc, fabric: '2000000043214321' }, false);
  // virNodeDeviceObjListAssignDef: a device of the same name is replaced.
  return ok({ world: put(ctx, [...devs.filter((d) => d.name !== vhba.name), vhba]), name: vhba.name });
}

export function nodeDeviceDestroy(ctx: OpContext, name: string): Result<World> {
  const devs = nodeDevicesOf(ctx);
  const i = devs.findIndex((d) => d.name === name && d.fc);
  return ok(
    i < 0
      ? ctx.world
      : put(
          ctx,
          devs.filter((_, j) => j !== i),
        ),
  );
}
