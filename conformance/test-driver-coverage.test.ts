/**
 * Issue 9: every virsh 9.0 command answers on test:///default as real virsh does, so none may say
 * "not simulated by VirtLab". The commands that still do are listed in not-simulated.ts; this
 * test fails when another one says it, and when a listed one no longer does (remove it then).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandsSayingNotSimulated } from './coverage';
import { notSimulated } from './not-simulated';

describe('virsh commands on test:///default', () => {
  const { saying, dir } = commandsSayingNotSimulated();
  it('answer as the test driver does, except the listed ones not modelled yet', () => {
    expect(saying.filter((n) => !notSimulated.includes(n))).toEqual([]);
  });
  it('the list of commands not modelled yet holds only commands that still say so', () => {
    expect(notSimulated.filter((n) => !saying.includes(n))).toEqual([]);
  });
  it('leaves no working dir behind (screenshot writes test-<time>.png there)', () => {
    expect(dir).toMatch(/virtlab-coverage-/);
    expect(existsSync(dir)).toBe(false);
  });
});
