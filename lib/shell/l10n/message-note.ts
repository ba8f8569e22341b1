/**
 * Which libvirt message an error line was printed from, where its English text alone cannot say:
 * virsh's nodedev-detach prints _("Could not find matching device '%s'"), nodedev-dumpxml
 * `"%s '%s'"` around _("Could not find matching device") — one English line, two Japanese ones;
 * vshCommandOptTimeoutToMs's `'%u'` message has no Japanese where the `'%s'` one has; cmdDomblkinfo
 * writes "command 'domblkinfo' requires <device> option" without _(), the parser's is translated.
 * virsh keeps the note beside its output; the translation (translate-output.ts) reads it first.
 */
export interface MessageNote {
  /** The line as printed in English, less virsh's "error: ". */
  text: string;
  /** The catalogue's msgid: the whole message, or a message the line begins with (virsh's `"%s '%s'"`). */
  msgid: string;
}
