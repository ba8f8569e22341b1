import { asBytes, asText } from './xpath/chars';
import { Lexer, lexErrors, type Tok } from './yajl-lex';

/**
 * libvirt 9.0's virJSONValueFromString over yajl 2.1 (yajl_parser.c's state machine, then
 * yajl_complete_parse, which parses one more " " with its offset counted from 0 again). libvirt's
 * callbacks refuse a key an object already holds, which yajl reports as a cancelled parse.
 * The answer: the top value's kind, or yajl_get_error's verbose text (the caret line included).
 */
export type JsonParse = { ok: true; kind: 'object' | 'array' | 'scalar' } | { ok: false; error: string };

type State =
  | 'start'
  | 'complete'
  | 'mapStart'
  | 'mapNeedKey'
  | 'mapSep'
  | 'mapNeedVal'
  | 'mapGotVal'
  | 'arrayStart'
  | 'arrayNeedVal'
  | 'arrayGotVal';

interface Frame {
  keys: Set<string>;
  key?: string;
}

const cancelled = 'client cancelled parse via callback return value';
const values = new Set<Tok>(['string', 'bool', 'null', 'number', '{', '[']);

/** yajl_render_error_string: the message, then the text around the offset with the caret at column 41. */
function render(kind: string, text: string, json: Uint8Array, offset: number, latin1: boolean): string {
  const start = offset >= 30 ? offset - 30 : 0;
  const end = Math.min(offset + 30, json.length);
  const around = Uint8Array.from(json.subarray(start, end), (c) => (c === 10 || c === 13 ? 32 : c));
  const raw = String.fromCharCode(...around);
  const shown = latin1 ? raw : fromUtf8(raw);
  const line = ' '.repeat(offset < 30 ? 40 - offset : 10) + shown;
  return `${kind} error: ${text}\n${line}\n${' '.repeat(21)}(right here) ------^\n`;
}

/** UTF-8 bytes (one latin1 character each) as text; a character cut at either end is dropped. */
function fromUtf8(raw: string): string {
  for (let cut = 0; cut < 8; cut++) {
    try {
      return decodeURIComponent(escape(raw.slice(cut >> 2, raw.length - (cut & 3))));
    } catch {}
  }
  return raw;
}

// Keys compare as yajl decodes them (escapes resolved); the lexer has already vetted the string.
const decodeKey = (b: Uint8Array) => JSON.parse(fromUtf8(String.fromCharCode(...b))) as string;

/** The lab's CLI hands virsh bytes (one latin1 character each); the browser hands text. */
function utf8Bytes(s: string): { json: Uint8Array; latin1: boolean } {
  const { bytes } = asText(s);
  return { json: Uint8Array.from(bytes ? s : asBytes(s), (c) => c.charCodeAt(0)), latin1: bytes };
}

export function yajlParse(text: string): JsonParse {
  const { json, latin1 } = utf8Bytes(text);
  const lx = new Lexer(Uint8Array.from([...json, 0x20]));
  const stack: State[] = ['start'];
  const frames: Frame[] = [];
  let top: 'object' | 'array' | 'scalar' = 'scalar';
  let back = 0;
  const offset = () => Math.max(0, (lx.far >= json.length ? lx.pos - json.length : lx.pos) - back);
  const fail = (kind: string, msg: string): JsonParse => ({
    ok: false,
    error: render(kind, msg, json, offset(), latin1),
  });
  const set = (s: State) => {
    stack[stack.length - 1] = s;
  };

  /** libvirt's virJSONParserInsertValue: a key given twice cancels the parse. */
  const insert = (kind: 'object' | 'array' | 'scalar'): boolean => {
    const f = frames[frames.length - 1];
    if (!f) top = kind;
    else if (f.key !== undefined) {
      if (f.keys.has(f.key)) return false;
      f.keys.add(f.key);
      f.key = undefined;
    }
    return true;
  };

  for (;;) {
    const s = stack[stack.length - 1];
    const tok = lx.lex();
    if (tok === 'eof') break;
    // After the value, anything but the end is garbage, even what the lexer refused.
    if (s === 'complete') return fail('parse', 'trailing garbage');
    if (tok === 'error') return fail('lexical', lexErrors[lx.error ?? 'char']);
    if (s === 'mapStart' || s === 'mapNeedKey') {
      if (tok === 'string') {
        frames[frames.length - 1].key = decodeKey(lx.b.subarray(lx.start, lx.pos));
        set('mapSep');
      } else if (tok === '}' && s === 'mapStart') {
        stack.pop();
        frames.pop();
      } else return fail('parse', 'invalid object key (must be a string)');
    } else if (s === 'mapSep') {
      if (tok !== ':') return fail('parse', "object key and value must be separated by a colon (':')");
      set('mapNeedVal');
    } else if (s === 'mapGotVal' || s === 'arrayGotVal') {
      const close = s === 'mapGotVal' ? '}' : ']';
      if (tok === close) {
        stack.pop();
        frames.pop();
      } else if (tok === ',') set(s === 'mapGotVal' ? 'mapNeedKey' : 'arrayNeedVal');
      else {
        // Inside a map (only there) yajl steps back over the token it did not expect.
        if (s === 'mapGotVal') back = lx.pos - lx.start - (tok === 'string' ? 2 : 0);
        return fail(
          'parse',
          s === 'mapGotVal'
            ? "after key and value, inside map, I expect ',' or '}'"
            : "after array element, I expect ',' or ']'",
        );
      }
    } else if (tok === ']' && s === 'arrayStart') {
      stack.pop();
      frames.pop();
    } else if (!values.has(tok)) return fail('parse', 'unallowed token at this point in JSON text');
    else {
      const kind = tok === '{' ? 'object' : tok === '[' ? 'array' : 'scalar';
      if (!insert(kind)) return fail('parse', cancelled);
      set(s === 'mapNeedVal' ? 'mapGotVal' : s === 'start' ? 'complete' : 'arrayGotVal');
      if (kind !== 'scalar') {
        stack.push(kind === 'object' ? 'mapStart' : 'arrayStart');
        frames.push({ keys: new Set() });
      }
    }
  }
  if (stack.length === 1 && stack[0] === 'complete') return { ok: true, kind: top };
  return fail('parse', 'premature EOF');
}

/** virJSONValueFromString's error as virsh prints it after its own line. */
export const jsonParseError = (text: string, error: string) => `internal error: cannot parse json ${text}: ${error}`;
