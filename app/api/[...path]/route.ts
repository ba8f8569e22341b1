import { problem } from '@/lib/api/answers';
import { serverBackend } from '@/lib/server/backend/context';
import { serve } from '@/lib/server/backend/serve';
import { refusal } from '@/lib/server/guard';

/**
 * The API on real libvirt (docs/decisions/019-real-libvirt-backend.md): with VIRTLAB_LIBVIRT_URI
 * set, the paths of docs/api.md are served here over virsh. Unset, the browser's service worker
 * answers them (the mock lab) and a request that reaches the server finds nothing.
 */
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

async function handle(request: Request): Promise<Response> {
  const backend = serverBackend();
  if (!backend) return problem(404, 'NOT_FOUND', 'no such API endpoint (the lab runs in the browser)');
  return refusal(request) ?? serve(backend, request);
}

export { handle as DELETE, handle as GET, handle as PATCH, handle as POST, handle as PUT };
