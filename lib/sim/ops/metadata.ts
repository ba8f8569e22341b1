import { fail, type Result } from '../result';
import type { DomainDef } from '../types';
import { updateDomain } from '../world';
import { affectedDefs, changeDefs, type AffectFlags } from './defs';
import { commit, domainOf, type OpContext, type OpOutcome } from './context';

export type MetadataKind = 'description' | 'title';

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
  const found = domainOf(ctx, uuid);
  if (!found.ok) return found;
  const t = affectedDefs(ctx, found.value, flags);
  if (!t.ok) return t;
  if (kind === 'title' && text.includes('\n')) return fail('INVALID_ARG', "metadata title can't contain newlines");
  const set = (def: DomainDef): DomainDef => {
    const { [kind]: _, ...rest } = def;
    return text === '' ? rest : { ...rest, [kind]: text };
  };
  return commit(
    updateDomain(ctx.world, ctx.host, uuid, (d) => changeDefs(d, t.value, set)),
    [],
  );
}
