/**
 * C's `%d` given an unsigned int, as libvirt's and virsh's messages often are: the same 32 bits
 * read as a signed number, so 2147483648 prints as -2147483648 and 4294967295 as -1.
 */
export const asPrintfD = (n: number): number => n | 0;
