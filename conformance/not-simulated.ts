/**
 * virsh 9.0 commands that still answer "command 'X' is not simulated by VirtLab" on test:///default
 * (issue 9 wants none). Real virsh runs most of them against the test driver's networks, storage
 * pools, interfaces, node devices, checkpoints and snapshots: each needs its own model.
 * conformance/test-driver-coverage.test.ts keeps this list exact.
 */
export const notSimulated: readonly string[] = [];
