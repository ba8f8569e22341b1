import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { virshMain } from '../../shell/virsh-main';
import { DRIVER_FILE_MODE } from '../../shell/host-fs';
import { nodeHostFs } from '../host-fs';

const modeOf = (p: string) => statSync(p).mode & 0o777;

describe('nodeHostFs writes files with the mode their real writer gives them', () => {
  let dir: string;
  let umask: number;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'host-fs-'));
    umask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(umask);
    rmSync(dir, { recursive: true, force: true });
  });

  it('virsh screenshot creates its file 0644 under umask 022, as virsh opens it 0666', () => {
    const r = virshMain({
      argv: ['-c', 'test:///default', 'screenshot test shot.ppm'],
      stdin: '',
      fs: nodeHostFs(dir),
      now: 0,
    });
    expect(r.status).toBe(0);
    expect(modeOf(join(dir, 'shot.ppm'))).toBe(0o644);
  });

  it('an image the driver writes is its owner’s only (S_IRUSR|S_IWUSR)', () => {
    const fs = nodeHostFs(dir);
    expect(fs.write(join(dir, 'img'), 'x', DRIVER_FILE_MODE)).toEqual({ ok: true });
    expect(modeOf(join(dir, 'img'))).toBe(0o600);
  });
});
