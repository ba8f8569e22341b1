#!/usr/bin/env node
// `npm start` / `npm run serve`: next start, bound as docs/decisions/019-real-libvirt-backend.md says.
// The mock lab (no VIRTLAB_LIBVIRT_URI) is served as before, on every interface. Real libvirt is
// served on 127.0.0.1 unless VIRTLAB_HOST says otherwise — and then only with VIRTLAB_API_TOKEN.
import { spawn } from 'node:child_process';

const real = (process.env.VIRTLAB_LIBVIRT_URI ?? '').trim() !== '';
const host = process.env.VIRTLAB_HOST ?? (real ? '127.0.0.1' : '');
const port = process.env.PORT ?? '3000';
const loopback = ['127.0.0.1', 'localhost', '::1'].includes(host);
if (real && !loopback && !process.env.VIRTLAB_API_TOKEN) {
  console.error(
    `VirtLab: serving real libvirt on ${host || 'every interface'} needs VIRTLAB_API_TOKEN (a bearer token).`,
  );
  process.exit(2);
}
if (real) console.log(`VirtLab: real libvirt at ${process.env.VIRTLAB_LIBVIRT_URI}, on http://${host}:${port}/`);
const args = ['next', 'start', '-p', port, ...(host ? ['-H', host] : [])];
const child = spawn('npx', args, { stdio: 'inherit', env: { ...process.env, VIRTLAB_BIND: host || '0.0.0.0' } });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 1));
