import { fail, ok, type Result } from '../result';
import type { DomainDef } from '../types';
import { updateDomain } from '../world';
import { affectedDefs, changeDefs, type AffectFlags } from './defs';
import { commit, domainOf, type OpContext, type OpOutcome } from './context';

export type MetadataKind = 'description' | 'title';

/**
 * The lookup every metadata call starts with (virDomainObjGetDefs: --live and --config together
 * are allowed): the definition read, and `change` applying `set` to each definition chosen.
 */
export function metadataDefs(ctx: OpContext, uuid: string, flags: AffectFlags) {
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const t = affectedDefs(ctx, found.value, flags);
  if (!t.ok) return t;
  const change = (set: (def: DomainDef) => DomainDef): Result<OpOutcome> =>
    commit(
      updateDomain(ctx.world, ctx.host, uuid, (d) => changeDefs(d, t.value, set)),
      [],
    );
  return ok({ def: (t.value.live ? found.value.live : found.value.config)!, change });
}

/**
 * virDomainSetMetadata for VIR_DOMAIN_METADATA_DESCRIPTION / _TITLE (virDomainObjSetMetadata):
 * an empty text removes the element; a title holds one line.
 */
export function domainSetMetadata(
  ctx: OpContext,
  uuid: string,
  kind: MetadataKind,
  text: string,
  flags: AffectFlags,
): Result<OpOutcome> {
  const defs = metadataDefs(ctx, uuid, flags);
  if (!defs.ok) return defs;
  if (kind === 'title' && text.includes('\n')) return fail('INVALID_ARG', "metadata title can't contain newlines");
  const set = (def: DomainDef): DomainDef => {
    const { [kind]: _, ...rest } = def;
    return text === '' ? rest : { ...rest, [kind]: text };
  };
  return defs.value.change(set);
}
