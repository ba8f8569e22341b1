import { poolDefine } from '../../../sim/ops/pools';
import { ok } from '../../../sim/result';
import { uuidFromSeed } from '../../../sim/uuid';
import { formatPoolXml, parsePoolXml } from '../../../sim/xml/pool-xml';
import { editXml } from './edit';
import { poolArg, poolSizes } from './pool-lookup';
import type { VirshCommand } from './types';

/**
 * cmdPoolEdit asks for the inactive XML first; the test driver refuses that flag
 * (testStoragePoolGetXMLDesc: virCheckFlags(0)), so virsh drops it and edits the current XML —
 * sizes included — then defines what the editor leaves (virStoragePoolDefineXML).
 */
export const poolEdit: VirshCommand = {
  name: 'pool-edit',
  api: 'virStoragePoolDefineXML',
  run(c) {
    const p = poolArg(c);
    if (!p) return false;
    return editXml(
      c,
      formatPoolXml(p.def, poolSizes(p)),
      `Pool ${p.def.name} XML configuration not changed.\n`,
      (text) => {
        const def = parsePoolXml(text, () => uuidFromSeed(`${c.host().name}/pool/${c.s.now}/${text}`));
        if (!def.ok) return def;
        const r = poolDefine(c.op(), def.value);
        return r.ok ? ok({ world: r.value, name: def.value.name }) : r;
      },
      (name) => `Pool ${name} XML configuration edited.\n`,
    );
  },
};
