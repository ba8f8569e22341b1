/** Decodes base64 into a latin1 byte string (the lab's files hold bytes that way). */
function fromBase64(text: string): string {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const ch of text.replace(/=+$/, '')) {
    acc = (acc << 6) | abc.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}

/**
 * What `virsh screenshot` writes in the lab: a PNG the size and kind of the test driver's
 * (src/test/test_driver.c streams /usr/share/libvirt/test-screenshot.png: 1120 x 832, 8-bit
 * grayscale), here all black — a console nobody is drawing on. Made by
 *   python3 -c "import base64,zlib,struct; w,h=1120,832; c=lambda t,d: struct.pack('>I',len(d))+t+d+struct.pack('>I',zlib.crc32(t+d));
 *   print(base64.b64encode(b'\x89PNG\r\n\x1a\n'+c(b'IHDR',struct.pack('>IIBBBBB',w,h,8,0,0,0,0))+c(b'IDAT',zlib.compress(bytes((w+1)*h),9))+c(b'IEND',b'')).decode())"
 * whose base64 is mostly one long run of 'A' (the zero rows deflate to zero bytes).
 */
export const SCREENSHOT_PNG = fromBase64(
  `iVBORw0KGgoAAAANSUhEUgAABGAAAANACAAAAABBbkTNAAADnElEQVR42u3BAQEAAACAkP6v7ggK${'A'.repeat(1204)}GDwSAAFXNG+FAAAAAElFTkSuQmCC`,
);

export const SCREENSHOT_MIME = 'image/png';
