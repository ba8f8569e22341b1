import { oneShotVirsh } from './one-shot';
import { sessionVirsh } from './session';
import type { VirshOptions, VirshRunner } from './types';

/**
 * The test driver keeps its guests in the virsh process itself: one session per connection, fed
 * lines. Every other URI talks to a daemon (or over ssh to one): a process per command.
 */
export const virshFor = (o: VirshOptions): VirshRunner =>
  /^test:\/\//.test(o.uri) ? sessionVirsh(o) : oneShotVirsh(o);
