import type { CmdCtx } from '../context';
import { jsonParseError, yajlParse } from '../yajl-parse';

/**
 * qemu-monitor-command without --hmp (virsh 9.0's QMP wrap): the words joined by spaces go as
 * they are when they read as a JSON object; otherwise the first word is the command and the
 * others, joined by commas inside braces, must read as a JSON object of its arguments — else
 * virsh stops with its line and virJSONValueFromString's error, before the driver is asked.
 */
export function qmpWrapOk(c: CmdCtx): boolean {
  if (c.has('hmp')) return true;
  const words = c.argv('cmd');
  const whole = yajlParse(words.join(' '));
  if (whole.ok && whole.kind === 'object') return true;
  const args = words.slice(1);
  if (!args.length) return true;
  const text = `{${args.join(',')}}`;
  const r = yajlParse(text);
  if (r.ok) return true;
  c.error(`failed to wrap arguments '${args.join(' ')}' into a QMP command wrapper`);
  c.libvirtError({ code: 'INTERNAL_ERROR', message: jsonParseError(text, r.error) });
  return false;
}
