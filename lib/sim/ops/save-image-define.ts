import { exclusiveFlags, ok, type Result } from '../result';
import { encodeSaveImage } from '../save-image';
import { uuidFromSeed } from '../uuid';
import { parseDomainXml } from '../xml/parse';
import { type ImageRead, readSaveImage } from './save';

/**
 * testDomainSaveImageDefineXML: the image must be one the test driver wrote; the new XML replaces
 * its definition as given — no name, uuid or ABI check (the QEMU driver's are not modelled).
 * --running and --paused exclude each other (libvirt.c); the test image records neither.
 * Returns the new image's bytes.
 */
export function saveImageDefine(
  read: ImageRead,
  absPath: string,
  xml: string,
  flags: { running: boolean; paused: boolean },
): Result<string> {
  if (flags.running && flags.paused) return exclusiveFlags('VIR_DOMAIN_SAVE_RUNNING', 'VIR_DOMAIN_SAVE_PAUSED');
  const img = readSaveImage(read, absPath);
  if (!img.ok) return img;
  const def = parseDomainXml(xml, undefined, { arch: 'i686' });
  if (!def.ok) return def;
  // libvirt makes up a uuid for XML without one.
  const uuid = def.value.uuid || uuidFromSeed(`${absPath}\n${xml}`);
  return ok(encodeSaveImage('test', { ...def.value, uuid }, null, false));
}
