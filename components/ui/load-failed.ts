/**
 * A chunk of the page's first load that the network loses before the app has started can leave the page
 * blank for good: Turbopack's browser runtime, asked for a chunk whose <script> is already in the HTML,
 * listens for that script's `error` only from then on (`loadChunkByUrl`: `addEventListener("error", …,
 * {once: true})` on the existing element) — an error that came first is never heard, the chunk's promise
 * never settles and React's hydration waits forever on the static HTML (on /drill an empty <main>: its
 * page renders only in the browser). Whether the error comes first is a race (seen both ways).
 *
 * This inline script (in <head>, before any chunk runs) hears every chunk script's failure; one before the
 * app has started marks the page (`data-chunk-failed`) and globals.css shows the layout's static error
 * screen (`#load-failed`, translated on the server), whose button reloads. Once React runs, FrameBoundary
 * marks the page `data-started` and removes the mark: from then on React's boundaries
 * (app/[locale]/error.tsx, FrameBoundary) and the drill's own alert speak.
 */
export const loadFailedScript = `(function(){var d=document.documentElement;function f(e){var s=e.target;if(s&&s.tagName==='SCRIPT'&&s.src.indexOf('/_next/static/chunks/')>=0&&!d.hasAttribute('data-started'))d.setAttribute('data-chunk-failed','')}window.addEventListener('error',f,true);window.addEventListener('click',function(e){var b=e.target&&e.target.closest&&e.target.closest('[data-reload]');if(b&&!d.hasAttribute('data-started'))location.reload()},true)})()`;
