import { makeCatalog } from './catalog';
import { jaCatalog, jaLibc } from './ja-catalog.gen';
import { translateVirshText } from './translate-output';

const ja = makeCatalog(jaCatalog, jaLibc);

/** virsh's stdout and stderr as real virsh prints them in a Japanese locale (LANGUAGE=ja). */
export function virshJa<T extends { stdout: string; stderr: string }>(out: T): T {
  return {
    ...out,
    stdout: translateVirshText(ja, out.stdout, 'stdout'),
    stderr: translateVirshText(ja, out.stderr, 'stderr'),
  };
}
