/**
 * How libvirt reads a test-driver URI (virURIParse, then testConnectOpen): scheme "test"
 * (case matters), no server (a server sends the URI to the remote driver), a path — empty or
 * "/" is refused, "/default" is the built-in node, anything else a node file. The query and
 * fragment are kept in the connection's URI but ignored by the driver.
 */
export type TestUri =
  | { kind: 'not-test' }
  | { kind: 'remote' }
  | { kind: 'no-path' }
  | { kind: 'default'; uri: string }
  | { kind: 'file'; path: string; uri: string };

const decode = (s: string) =>
  s.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));

export function parseTestUri(text: string): TestUri {
  const m = /^test:(\/\/([^/?#]*))?([^?#]*)(.*)$/s.exec(text);
  if (!m) return { kind: 'not-test' };
  const [, , server, rawPath, rest] = m;
  if (server) return { kind: 'remote' };
  const path = decode(rawPath);
  if (path === '' || path === '/') return { kind: 'no-path' };
  // virURIFormat always writes the "//" of an empty server.
  const uri = `test://${path}${rest}`;
  return path === '/default' ? { kind: 'default', uri } : { kind: 'file', path, uri };
}
