/**
 * Scenarios the simulator does not match yet, each with the reason. conformance.test.ts asserts that
 * these STILL differ from real virsh, so fixing one forces its removal here: the list cannot rot.
 */
export const knownGaps: Record<string, string> = {};
