import { sxpSetting, configDef, domainOn, hostFile, isState, liveDef, ran } from '../checks';
import type { CheckContext } from '../types';
import type { World } from '../../sim/types';
import type { CheckSpec } from './types';

export type Check = (world: World, ctx: CheckContext) => boolean;

const XEND_CONFIG = '/etc/xen/xend-config.sxp';

/** A lesson file's check as a predicate, built from the same helpers the built-in lessons use. */
export function compileCheck(c: CheckSpec): Check {
  if ('state' in c) return (w) => isState(w, c.state.host, c.state.domain, c.state.is, c.state.reason);
  if ('defined' in c) return (w) => !!domainOn(w, c.defined.host, c.defined.domain);
  if ('undefined' in c) return (w) => !domainOn(w, c.undefined.host, c.undefined.domain);
  if ('autostart' in c) return (w) => domainOn(w, c.autostart.host, c.autostart.domain)?.autostart === c.autostart.is;
  if ('config' in c) return (w) => configDef(w, c.config.host, c.config.domain)?.[c.config.field] === c.config.is;
  if ('live' in c) return (w) => liveDef(w, c.live.host, c.live.domain)?.[c.live.field] === c.live.is;
  if ('file' in c)
    return (w) => {
      const text = hostFile(w, c.file.host, c.file.path);
      return text !== undefined && (c.file.contains === undefined || text.includes(c.file.contains));
    };
  if ('noFile' in c) return (w) => hostFile(w, c.noFile.host, c.noFile.path) === undefined;
  if ('sxp' in c) return (w) => sxpSetting(hostFile(w, c.sxp.host, c.sxp.path ?? XEND_CONFIG), c.sxp.name) === c.sxp.is;
  if ('ran' in c) {
    const pattern = new RegExp(c.ran.pattern);
    return (_w, ctx) => ran(ctx, c.ran.host, pattern, c.ran.outcome ?? 'ok');
  }
  if ('all' in c) {
    const parts = c.all.map(compileCheck);
    return (w, ctx) => parts.every((p) => p(w, ctx));
  }
  if ('any' in c) {
    const parts = c.any.map(compileCheck);
    return (w, ctx) => parts.some((p) => p(w, ctx));
  }
  const inner = compileCheck(c.not);
  return (w, ctx) => !inner(w, ctx);
}
