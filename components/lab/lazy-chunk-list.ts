/**
 * The build's list of lazily loaded chunks (public/lazy-chunks.json, scripts/list-lazy-chunks.mjs),
 * or null: under `next dev`, and with the network gone. `next dev` never writes the list, but a
 * production build made in the same checkout leaves one in public/, which dev serves as it serves
 * any public file: its chunk names are the build's, which dev does not have (every fetch a 404).
 * So development asks for no list and warms by running the loaders.
 */
export async function lazyChunkList(): Promise<string[] | null> {
  if (process.env.NODE_ENV !== 'production') return null;
  try {
    const answer = await fetch('/lazy-chunks.json');
    return answer.ok ? ((await answer.json()) as string[]) : null;
  } catch {
    return null;
  }
}
