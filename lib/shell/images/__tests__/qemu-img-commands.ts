/**
 * qemu-img lines run in order in one directory, by the real qemu-img and by the lab's; the
 * transcript of the real one is recorded in qemu-img.recorded.json (see qemu-img.real.test.ts).
 */
export const QEMU_IMG_LINES = [
  'create -f qcow2 a.qcow2 10G',
  'info a.qcow2',
  'create -f raw r.img 1G',
  'info r.img',
  'create -f qcow2 -b a.qcow2 -F qcow2 o.qcow2',
  'info o.qcow2',
  'info --backing-chain o.qcow2',
  'create -f qcow2 -b a.qcow2 o2.qcow2',
  'create -f qcow2 x.qcow2',
  'create -f vmdkx x.img 1G',
  'create -f qcow2 x.qcow2 10Q',
  'create -f qcow2 k.qcow2 1.5G',
  'info k.qcow2',
  'create -q -f qcow2 k2.qcow2 100',
  'info k2.qcow2',
  'create -f raw odd.img 1234567',
  'info odd.img',
  'create x.raw 1M',
  'create -f qcow2 -b nope.qcow2 -F qcow2 y.qcow2',
  'create -f raw -b a.qcow2 -F qcow2 rr.img',
  'create -f qcow2 nodir/x.qcow2 1G',
  'info nope.qcow2',
  'info',
  'info a.qcow2 r.img',
  'info -f qcow2 r.img',
  'info -f vmdkx a.qcow2',
  'resize a.qcow2 +5G',
  'info a.qcow2',
  'resize a.qcow2 5G',
  'resize --shrink a.qcow2 5G',
  'resize r.img 2G',
  'resize -f raw r.img 3G',
  'resize r.img -5G',
  'resize a.qcow2',
  'resize a.qcow2 abc',
  'resize -f qcow2 r.img 3G',
  'snapshot -l a.qcow2',
  'snapshot -c s1 a.qcow2',
  'snapshot -c s2 a.qcow2',
  'snapshot -l a.qcow2',
  'info a.qcow2',
  'snapshot -c s2 r.img',
  'snapshot -l r.img',
  'snapshot -d nope a.qcow2',
  'snapshot -a nope a.qcow2',
  'snapshot -a s1 a.qcow2',
  'snapshot -d s1 a.qcow2',
  'snapshot a.qcow2',
  'convert -f qcow2 -O raw a.qcow2 c.img',
  'info c.img',
  'convert -O qcow2 r.img c.qcow2',
  'info c.qcow2',
  'convert -O qcow2 o.qcow2 flat.qcow2',
  'info flat.qcow2',
  'snapshot -l c.qcow2',
  'convert -f raw -O qcow2 nope.img c2.qcow2',
  'convert -O qcow2 r.img nodir/c.qcow2',
  'convert a.qcow2',
  'convert -O vmdkx r.img q.img',
  'bogus',
  'info --output=json a.qcow2',
  'info --output=json r.img',
  'info --output=json o.qcow2',
  'info --output=json --backing-chain o.qcow2',
  'info --output json r.img',
  'info --output=json --output=human r.img',
  'info --output=human --output=json c.img',
  'info --output=xml a.qcow2',
  'info --output=JSON a.qcow2',
  'info --output=xml',
  'info --output=xml nope.qcow2',
  'info --output=json nope.qcow2',
  'info --outp=json r.img',
] as const;

export interface Recorded {
  line: string;
  stdout: string;
  stderr: string;
  status: number;
}

/**
 * What must differ between a real file system and the lab's: the blocks a file occupies ("disk
 * size", JSON's actual-size) and a snapshot's creation time.
 */
export const normalise = (s: string) =>
  s
    .replace(/^disk size: .*$/gm, 'disk size: N')
    .replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/g, 'YYYY-MM-DD hh:mm:ss')
    .replace(/"(actual-size|date-sec|date-nsec)": \d+/g, '"$1": N');
