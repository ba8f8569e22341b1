import { CLOCK_KEY, LAB_MARK_KEY, LESSONS_KEY, STORE_KEY } from '@/lib/storage-keys';
import { realBackendTest } from './backend';
import { CHANNEL } from './lab-channel';

/**
 * The lab's worker: a module script built apart (scripts/build-lab-worker.mjs), served from public/.
 * Pages start it by its entry named by its content (lib/server/lab-worker-start.ts); this path,
 * revalidated on every load, when a build has none.
 */
export const LAB_WORKER_URL = '/lab-worker.js';

/**
 * What a page asks the API for first, by its path (English unprefixed, Japanese under /ja):
 * every page's header asks for the lab's status, its history and the lesson list; the overview,
 * a domain page and a lesson page their own data. The inline script asks for these before the
 * page's JS has loaded, and the page's first request for each takes that answer (once).
 */
export const EARLY_GETS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^\/$/, ['/api/domains', '/api/hosts']],
  [/^\/hosts\/([^/]+)\/domains\/([^/]+)$/, ['/api/hosts/$1/domains/$2']],
  [/^\/learn\/([^/]+)$/, ['/api/lessons/$1']],
  [/.*/, ['/api/lab', '/api/lab/history', '/api/lessons']],
];

/**
 * The API paths a page's inline script asks for first (EARLY_GETS) on the overview and on any page that
 * has no data of its own: the frame's (lab, history, lessons) and the overview's lists — the ones the
 * build answers for a first visit (mocks/worker/first-answers.ts). A domain's or a lesson's own data is
 * left to the full lab: the answers stay a few KiB (decisions 070, 080).
 */
export function earlyPaths(): string[] {
  const paths = new Set<string>();
  for (const page of ['/', '/compare'])
    for (const [re, asks] of EARLY_GETS) if (re.test(page)) for (const a of asks) paths.add(page.replace(re, a));
  return [...paths];
}

/**
 * An early answer the app has not taken yet: the worker's answer and when it came (performance.now());
 * null when the worker failed first.
 */
export type EarlyAnswer = {
  at: number;
  answer: { id: number; status: number; statusText: string; headers: [string, string][]; body: ArrayBuffer };
} | null;

const routes = `[${EARLY_GETS.map(([re, paths]) => `[${re},${JSON.stringify(paths)}]`).join(',')}]`;

/** The page's keys that say a lab is (or was) stored: its worker then starts as the full lab. */
const LAB_KEYS = JSON.stringify([STORE_KEY, LAB_MARK_KEY, CLOCK_KEY, LESSONS_KEY]);

/**
 * Inline in <head> (app/layout.tsx), given the worker's entry (lib/server/lab-worker-start.ts). The lab's
 * worker (mocks/worker/) starts, named with a new tab id, in the first frame after the page has painted its
 * first content (`f` looks for that paint's entry in each frame: a `paint` observer's callback waited for
 * the page's JS, 300+ ms) — or when the app's JS asks for it first and no worker runs yet (`start`,
 * mocks/worker/start.ts), or from 3 s on once the page is hidden (a tab in the background has no
 * frames; a visible page that has not painted by then — a loaded machine — is waited for up to
 * 8 s: `h`) — so that none of its start files is
 * fetched before the page's largest paint, which Lighthouse would charge them to (decision 064); it
 * loads and runs while the page's JS loads, and mocks/worker/start.ts adopts it. The script sends it the
 * page's `virtlab:*` keys (mocks/worker/protocol.ts, init), keeps the keys the worker writes back, and
 * asks for the page's first data (EARLY_GETS; ids below zero, so they never meet the page's own) — the
 * answers wait in `early` until the app asks (mocks/worker/early.ts). MSW's service worker is not
 * touched here: only fetches other than the app's need it, and app/start-mocks.ts starts it once the
 * page is idle (docs/decisions/038-…). None of it on a real backend (./backend.ts).
 *
 * From its first moment it counts the change notices other tabs post (`heard`), on the page's one channel
 * (`channel`): an early answer taken after one may describe the lab before that change
 * (mocks/worker/early.ts asks again), and the app, which follows from its hydration on (`hear`,
 * ./lab-sync.ts), refetches what it has if any came before.
 *
 * On a first visit (none of the lab's keys in localStorage) with a `first` entry built, the worker starts
 * at once with that entry instead (mocks/worker/first.ts, ~1.5 KiB gzip: decisions 070, 080), which checks
 * whether a lab is stored and says so (`decided`: a lab found counts as a notice; the app's writes wait for
 * it), and loads the full lab when told (`load`): not at the first paint but once the page has loaded and gone
 * idle (hydration done; requestIdleCallback, at most 1 s on) — and at most 1.5 s after the first paint, whatever
 * the load event does: until it loads, the first entry holds the lab's lock, and other tabs' writes wait for it — so that the full lab's ~130 KiB is not evaluated
 * on the other core while the main thread runs the framework and hydrates (decision 085) — or at once when the
 * app sends the lab something only the full lab answers (app/start-mocks.ts calls `start`), or at the learner's
 * first pointerdown or keydown (a click or a key is coming: its write should not wait for all of the full lab).
 * The page answers the early GETs the build has answers for itself (`earlyPaths`), from the built-in lab's answers
 * (mocks/worker/first-page.ts), after the lab's latency: inline right after this script (`answers` is 'inline':
 * ./first-answers-script.tsx, decision 091; if they have not run when the document is parsed, the worker is asked),
 * else a small file it adds (`answers`, its path); the others go to the worker at once — and so do
 * these if the file fails to load, or has not run 10 s on (a stalled request must not hold the frame's data).
 */
export const earlyWorkerScript = (
  entry: string = LAB_WORKER_URL,
  first?: string,
  answers?: string,
) => `(function(){try{if(${realBackendTest})return;
var t=Math.random().toString(36).slice(2),L=window.__virtlabLab={tab:t,early:{},heard:0},go=0,w,s=1,dd;
function hd(){L.heard++;if(L.hear)L.hear()}
try{L.channel=new BroadcastChannel(${JSON.stringify(CHANNEL)});L.channel.onmessage=function(e){if(e.data&&e.data.tab!==t)hd()}}catch(e){}
function mk(u,af){try{
var st={},k,i,n=-1,wait={},q=[];performance.mark('virtlab:worker-made');w=new Worker(u,{name:t,type:'module'});L.worker=w;
try{for(i=0;i<localStorage.length;i++){k=localStorage.key(i);if(k&&k.indexOf('virtlab:')===0)st[k]=localStorage.getItem(k)}}catch(e){}
var x=function(){L.state='failed';for(k in wait)wait[k](null);wait={};if(dd)dd()};
w.postMessage({type:'init',storage:st,indexedDB:typeof indexedDB!=='undefined',start:${JSON.stringify(entry)}});
w.addEventListener('message',function(e){var m=e.data;if(m.type==='storage'){try{if(m.value===null)localStorage.removeItem(m.key);else localStorage.setItem(m.key,m.value)}catch(x){}}else if(m.type==='failed')x();else if(m.type==='decided'){if(!m.fresh)hd();if(dd)dd()}else if(m.type==='ready')L.state=L.state||'answered';else{L.state=L.state||'answered';if(wait[m.id]){wait[m.id]({at:performance.now(),answer:m});delete wait[m.id]}}});
w.addEventListener('error',x);
var p=location.pathname.replace(/^\\/ja(?=\\/|$)/,'')||'/';${routes}.forEach(function(r){if(!r[0].test(p))return;r[1].forEach(function(a){var u=p.replace(r[0],a),id=n--;L.early[u]=new Promise(function(ok){wait[id]=ok});var rq={type:'request',id:id,method:'GET',url:location.origin+u,headers:[['accept','application/json']],body:null};if(af&&${JSON.stringify(earlyPaths().sort())}.indexOf(u)>=0)q.push([id,rq,u]);else w.postMessage(rq)})})
if(q.length){L.decided=new Promise(function(ok){dd=ok});
var y=function(){var z=q;q=[];z.forEach(function(e){w.postMessage(e[1])})};
L.answer=function(A,ms){var z=q;q=[];z.forEach(function(e){var r=A[e[2]];if(!r)return w.postMessage(e[1]);var f=function(){if(!wait[e[0]])return;wait[e[0]]({at:performance.now(),answer:{id:e[0],status:r[0],statusText:r[1],headers:r[2],body:new TextEncoder().encode(r[3]).buffer}});delete wait[e[0]]};if(ms>0)setTimeout(f,ms);else f()})};
if(af!=='inline'){var sc=document.createElement('script');sc.src=af;sc.async=true;sc.fetchPriority='high';sc.onerror=y;document.head.appendChild(sc)}else try{document.addEventListener('DOMContentLoaded',y)}catch(e){}setTimeout(y,10000)}
}catch(e){}}
function g(){if(go)return;go=1;try{performance.mark('virtlab:full-lab-asked')}catch(e){}if(w)w.postMessage({type:'load'});else mk(${JSON.stringify(entry)})}
${first ? `try{s=${LAB_KEYS}.some(function(k){return localStorage.getItem(k)!==null})}catch(e){}if(!s)mk(${JSON.stringify(first)}${answers ? `,${JSON.stringify(answers)}` : ''});` : ''}
L.start=g;try{['pointerdown','keydown'].forEach(function(n){addEventListener(n,g,{capture:true,once:true,passive:true})})}catch(e){}function ri(){try{requestIdleCallback(g,{timeout:1000})}catch(e){setTimeout(g,50)}}function f(){if(go)return;if(performance.getEntriesByName('first-contentful-paint').length){if(!w)g();else if(document.readyState==='complete')ri();else{addEventListener('load',ri,{once:true});setTimeout(g,1500)}}else requestAnimationFrame(f)}try{requestAnimationFrame(f)}catch(e){g()}var c=0;function h(){if(go)return;if(document.hidden||++c>10)g();else setTimeout(h,500)}setTimeout(h,3000)}catch(e){}})()`;

declare global {
  interface Window {
    /**
     * The lab's worker the inline script started, the tab id it is named with, the answers to the
     * page's first requests it asked for, by API path, until the app takes them, and whether the
     * worker has answered anything yet or failed (its script not loaded or not run).
     */
    __virtlabLab?: {
      tab: string;
      /** Absent until `start` has run (or when the worker could not be made). */
      worker?: Worker;
      /** Starts the worker and asks the early questions now, if not done yet. */
      start?: () => void;
      early: Record<string, Promise<EarlyAnswer> | undefined>;
      state?: 'answered' | 'failed';
      /**
       * How many change notices other tabs have posted since this page's start (./lab-channel.ts): the
       * script listens from the page's first moment, the app only from its hydration
       * (./lab-sync.ts `followOtherTabs`), so a notice that came between is counted here.
       */
      heard: number;
      /**
       * The script's channel, kept open for the page's life so that it keeps counting: the page's one
       * channel for other tabs' notices (its own, the worker's, carry its tab id and are not counted).
       */
      channel?: BroadcastChannel;
      /** Called after each notice counted in `heard`: the app's follower (./lab-sync.ts), once it listens. */
      hear?: () => void;
      /**
       * A first visit answered by the page itself (decision 080): settles when the lab's first entry has
       * checked the lab's lock and IndexedDB (a stored lab found counts as a notice); writes wait for it.
       */
      decided?: Promise<void>;
      /** Called by the built-in lab’s answers (mocks/worker/first-page.ts: inline after the script, decision 091, or its file) with them and the lab’s latency. */
      answer?: (answers: Record<string, [number, string, [string, string][], string]>, ms: number) => void;
    };
  }
}
