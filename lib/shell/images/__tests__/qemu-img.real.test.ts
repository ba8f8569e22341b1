import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryFs } from '../../host-fs';
import { qemuImg } from '../qemu-img';
import { normalise, QEMU_IMG_LINES, type Recorded } from './qemu-img-commands';

const RECORDING = join(__dirname, 'qemu-img.recorded.json');
const hasQemuImg = spawnSync('qemu-img', ['--version']).status === 0;

/** Runs every line with the real qemu-img in a fresh directory. */
function realTranscript(): Recorded[] {
  const dir = mkdtempSync(join(tmpdir(), 'qemu-img-'));
  try {
    return QEMU_IMG_LINES.map((line) => {
      const r = spawnSync('qemu-img', line.split(' '), {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, TZ: 'UTC' },
      });
      return { line, stdout: normalise(r.stdout), stderr: normalise(r.stderr), status: r.status ?? -1 };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function labTranscript(): Recorded[] {
  let files: Record<string, string> = {};
  const fs = memoryFs(files, (f) => {
    files = f;
  });
  return QEMU_IMG_LINES.map((line, i) => {
    const r = qemuImg(line.split(' '), { fs, now: 1_796_500_000_000 + i * 1000 });
    return { line, stdout: normalise(r.stdout), stderr: normalise(r.stderr), status: r.status };
  });
}

describe('qemu-img in the lab prints what qemu-img 7.2 prints', () => {
  const real = hasQemuImg ? realTranscript() : null;
  if (!real) console.warn('qemu-img is not installed: comparing with the recorded transcript only');
  if (real && process.env.RECORD_QEMU_IMG) writeFileSync(RECORDING, `${JSON.stringify(real, null, 1)}\n`);

  it('matches the recorded transcript of the real tool, line by line', () => {
    const recorded = JSON.parse(readFileSync(RECORDING, 'utf8')) as Recorded[];
    expect(labTranscript()).toEqual(recorded);
  });

  it('the recording is what the installed qemu-img prints today (when it is installed)', () => {
    expect(existsSync(RECORDING)).toBe(true);
    if (real) expect(real).toEqual(JSON.parse(readFileSync(RECORDING, 'utf8')));
  });
});
