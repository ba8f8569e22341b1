import type { World } from './types';
/** Expected failures are values carrying libvirt's exact message; throw only for bugs. */
export type VirtErrorCode =
  | 'NO_DOMAIN'
  | 'NO_NETWORK'
  | 'OPERATION_INVALID'
  | 'OPERATION_FAILED'
  | 'INTERNAL_ERROR'
  | 'INVALID_ARG'
  | 'NO_SUPPORT'
  | 'OPERATION_UNSUPPORTED'
  | 'XML_ERROR'
  | 'SYSTEM_ERROR'
  | 'CONFIG_UNSUPPORTED'
  | 'OPERATION_TIMEOUT'
  | 'NO_DOMAIN_SNAPSHOT'
  | 'NO_DOMAIN_CHECKPOINT'
  | 'NO_DOMAIN_METADATA'
  | 'DOM_EXIST'
  | 'OPERATION_ABORTED'
  | 'VIRSH'
  | 'NO_CONNECT'
  | 'OPERATION_DENIED'
  | 'ARGUMENT_UNSUPPORTED'
  | 'NO_STORAGE_POOL'
  | 'NO_STORAGE_VOL'
  | 'NO_NODE_DEVICE'
  | 'NO_INTERFACE'
  | 'OVERFLOW'
  | 'AUTH_FAILED'
  | 'NO_HOSTNAME';

export interface VirtError {
  code: VirtErrorCode;
  /** The full text libvirt prints after "error: ", e.g. "Requested operation is not valid: domain is not running". */
  message: string;
}

/**
 * A failure changes nothing — except where the driver itself leaves a mark before it fails (a QEMU
 * start that fails after its domain id was allocated: ops/admission.ts `failedStart`). Then `world`
 * is the world the failure leaves; the shells keep it as they keep a success's.
 */
export type Result<T, E = VirtError> = { ok: true; value: T } | { ok: false; error: E; world?: World };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: VirtErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** libvirt's message prefixes per error code (virErrorMsg). */
export const operationInvalid = (detail: string) =>
  fail('OPERATION_INVALID', `Requested operation is not valid: ${detail}`);
export const internalError = (detail: string) => fail('INTERNAL_ERROR', `internal error: ${detail}`);
export const invalidArg = (detail: string) => fail('INVALID_ARG', `invalid argument: ${detail}`);
export const operationFailed = (detail: string) => fail('OPERATION_FAILED', `operation failed: ${detail}`);
/** Another domain already has this name (define, restore, migrate). */
export const domainExists = (name: string, uuid: string) =>
  operationFailed(`domain '${name}' already exists with uuid ${uuid}`);
export const unsupported = (detail: string) => fail('OPERATION_UNSUPPORTED', `Operation not supported: ${detail}`);
export const configUnsupported = (detail: string) => fail('CONFIG_UNSUPPORTED', `unsupported configuration: ${detail}`);
export const noSupport = (fn: string) =>
  fail('NO_SUPPORT', `this function is not supported by the connection driver: ${fn}`);
/** libvirt's public API refuses two flags that contradict each other before any driver sees them. */
export const exclusiveFlags = (a: string, b: string) =>
  fail('INVALID_ARG', `Flags '${a}' and '${b}' are mutually exclusive`);
export const unsupportedFlags = (flags: number, fn: string) =>
  fail('INVALID_ARG', `unsupported flags (0x${flags.toString(16)}) in function ${fn}`);
