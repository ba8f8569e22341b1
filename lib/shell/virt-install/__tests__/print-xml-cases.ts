/**
 * virt-install command lines whose --print-xml output is compared with the real virt-install's
 * (ISO stands for a CD image both sides have). Hosts are the lab's: kvm1 (KVM), xen1 (Xen, HVM-capable).
 */
export interface PrintXmlCase {
  host: 'kvm1' | 'xen1';
  args: string;
}
export const ISO = '@ISO@';

export const PRINT_XML_CASES: PrintXmlCase[] = [
  {
    host: 'kvm1',
    args: '--name g1 --memory 1024 --vcpus 2 --disk path=/var/lib/libvirt/images/g1.qcow2,size=5,format=qcow2 --import --os-variant debian11 --network network=default --graphics none --noautoconsole',
  },
  {
    host: 'kvm1',
    args: `--name m1 --memory 2048 --vcpus 2 --disk path=/var/lib/libvirt/images/m1.qcow2,size=10,format=qcow2 --cdrom ${ISO} --os-variant debian11 --network network=default --noautoconsole`,
  },
  {
    host: 'kvm1',
    args: `--name m3 --memory 1024 --disk path=/var/lib/libvirt/images/m3.qcow2,size=10,format=qcow2 --cdrom ${ISO} --osinfo detect=on,require=off --graphics none --boot cdrom,hd --noautoconsole`,
  },
  {
    host: 'kvm1',
    args: '--name m4 --memory 1024 --disk path=/var/lib/libvirt/images/m4.img,size=2,format=raw --import --os-variant ubuntu22.04 --network bridge=br0 --graphics vnc --noautoconsole',
  },
  { host: 'kvm1', args: '--name t2 --memory 512 --disk none --import --osinfo detect=on,require=off --noautoconsole' },
  {
    host: 'kvm1',
    args: `--name m5 --memory 1024 --disk ${ISO},device=cdrom --disk path=/var/lib/libvirt/images/m5.qcow2,size=1 --import --os-variant debian11 --network none --graphics none --noautoconsole`,
  },
  {
    host: 'xen1',
    args: '--name p1 --paravirt --memory 512 --vcpus 1 --disk path=/var/lib/xen/images/p1.img,size=4 --import --network bridge=xenbr0 --graphics none --noautoconsole',
  },
  {
    host: 'xen1',
    args: '--name h1 --hvm --memory 1024 --disk path=/var/lib/xen/images/h1.img,size=4 --import --osinfo detect=on,require=off --network bridge=xenbr0 --graphics none --noautoconsole',
  },
];

/** What differs by nature between two runs: the random UUID and the random part of each MAC. */
export const normaliseXml = (xml: string) =>
  xml
    .replace(/<uuid>[0-9a-f-]{36}<\/uuid>/g, '<uuid>UUID</uuid>')
    .replace(/address="(52:54:00|00:16:3e):[0-9a-f:]{8}"/g, 'address="$1:xx:xx:xx"');
