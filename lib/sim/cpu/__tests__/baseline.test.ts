import { describe, expect, it } from 'vitest';
import { BASELINE_EXPAND_FEATURES, BASELINE_MIGRATABLE, testBaselineCpu } from '../baseline';

const cpu = (model: string, extra = '', arch = 'x86_64') =>
  `<cpu><arch>${arch}</arch><model>${model}</model>${extra}</cpu>`;
const out = (xmls: string[], flags = 0) => {
  const r = testBaselineCpu(xmls, flags);
  return r.ok ? r.value : `error: ${r.error.message}`;
};

describe('testConnectBaselineCPU', () => {
  it('keeps the newest model both CPUs have and the vendor both name', () => {
    expect(out([cpu('Haswell', '<vendor>Intel</vendor>'), cpu('SandyBridge', '<vendor>Intel</vendor>')])).toBe(
      "<cpu mode='custom' match='exact'>\n  <model fallback='allow'>SandyBridge</model>\n  <vendor>Intel</vendor>\n</cpu>\n",
    );
  });

  it('forbids fallback when the one model named wins, and requires features beyond it', () => {
    expect(out([cpu('Westmere', "<feature name='avx'/>")])).toBe(
      "<cpu mode='custom' match='exact'>\n  <model fallback='forbid'>Westmere</model>\n  <feature policy='require' name='avx'/>\n</cpu>\n",
    );
  });

  it('spells out the model’s features in strcmp order with --features', () => {
    const lines = out([cpu('486')], BASELINE_EXPAND_FEATURES).split('\n');
    expect(lines.slice(2, 5)).toEqual([
      "  <feature policy='require' name='fpu'/>",
      "  <feature policy='require' name='pse'/>",
      "  <feature policy='require' name='vme'/>",
    ]);
  });

  it('disables what the shared model has but the CPUs lack', () => {
    expect(out([cpu('Icelake-Server'), cpu('Cascadelake-Server-noTSX')])).toContain(
      "<feature policy='disable' name='hle'/>",
    );
  });

  it('refuses what libvirt refuses, in its words', () => {
    expect(out([cpu('Haswell')], BASELINE_MIGRATABLE)).toBe(
      'error: unsupported flags (0x2) in function testConnectBaselineCPU',
    );
    expect(out([cpu('Haswell', '<vendor>Intel</vendor>'), cpu('EPYC', '<vendor>AMD</vendor>')])).toBe(
      'error: operation failed: CPU vendors do not match',
    );
    expect(out([cpu('Haswell', "<feature name='warp'/>")])).toBe('error: internal error: Unknown CPU feature warp');
    expect(out(['<cpu><model>Haswell</model></cpu>'])).toBe('error: XML error: Missing CPU architecture');
    expect(out([cpu('z13', '', 's390x')])).toBe(
      'error: this function is not supported by the connection driver: cannot compute baseline CPU of s390x architecture',
    );
    expect(out([cpu('POWER9', '', 'ppc64'), cpu('POWER8', '', 'ppc64')])).toBe(
      'error: operation failed: CPUs are incompatible',
    );
  });
});
