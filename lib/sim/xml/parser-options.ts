/**
 * fast-xml-parser's `trimValues` trims attribute values as well as text, but libxml2 hands libvirt an
 * attribute as written (virXMLPropString): `<format type='dir '/>` is `unknown pool format type dir `.
 * Text stays trimmed here, as the lab's parsers read it (blank text between elements dropped), and
 * attributes keep their blanks.
 */
export const keepAttributeBlanks = {
  trimValues: false,
  tagValueProcessor: (_name: string, value: string) => value.trim(),
} as const;
