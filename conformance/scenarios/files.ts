/** Files the scenarios write into their working directory (latin1 strings). */

export function domainXml(
  name: string,
  opts: { uuid?: string; memoryKiB?: number; vcpus?: number; extra?: string } = {},
): string {
  const uuid = `  <uuid>${opts.uuid ?? uuidFor(name)}</uuid>\n`;
  return (
    `<domain type='test'>\n  <name>${name}</name>\n${uuid}` +
    `  <memory unit='KiB'>${opts.memoryKiB ?? 524288}</memory>\n  <vcpu>${opts.vcpus ?? 1}</vcpu>\n` +
    `  <os>\n    <type>hvm</type>\n  </os>\n${opts.extra ?? ''}</domain>\n`
  );
}

/** A fixed uuid per name: libvirt makes up a random one when the XML has none. */
export function uuidFor(name: string): string {
  const hex = Array.from(name.slice(0, 6), (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
  return `00000000-0000-4000-8000-${hex.padEnd(12, '0')}`;
}

/** A guest with a disk and a network interface. */
export const guestXml = domainXml('guest', {
  uuid: 'aaaaaaaa-bbbb-cccc-dddd-000000000001',
  memoryKiB: 1048576,
  vcpus: 2,
  extra:
    "  <devices>\n    <disk type='file' device='disk'>\n      <source file='/var/lib/libvirt/images/guest.img'/>\n" +
    "      <target dev='vda' bus='virtio'/>\n    </disk>\n    <interface type='network'>\n" +
    "      <mac address='52:54:00:aa:bb:01'/>\n      <source network='default'/>\n    </interface>\n  </devices>\n",
});

/** The test driver's save image: "TestGuestMagic\0", a little-endian int32 length, the domain XML. */
export function saveImage(xml: string, length = xml.length): string {
  const len = String.fromCharCode(length & 0xff, (length >>> 8) & 0xff, (length >>> 16) & 0xff, (length >>> 24) & 0xff);
  return `TestGuestMagic\x00${len}${xml}`;
}

/** What `virsh save test` writes for test:///default's domain "test" (abridged XML, same identity). */
export const testSaveXml = domainXml('test', {
  uuid: '6695eb01-f6a4-8304-79aa-97f2502e193f',
  memoryKiB: 8388608,
  vcpus: 2,
});
