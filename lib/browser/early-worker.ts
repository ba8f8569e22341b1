import { realBackendTest } from './backend';

/** The lab's worker: a module script built apart (scripts/build-lab-worker.mjs), served from public/. */
export const LAB_WORKER_URL = '/lab-worker.js';

/**
 * Inline in <head> (app/layout.tsx). The lab's worker (mocks/worker/) starts at once, named with
 * a new tab id, so its script loads and runs while the page's JS loads; mocks/worker/start.ts
 * adopts it. When no service worker controls the page, the API's worker is registered at once
 * (or its registration looked up), so that on a first visit it installs meanwhile too;
 * app/start-mocks.ts then waits for it to take control of the page before MSW starts. Neither on a
 * real backend (./backend.ts).
 */
export const earlyWorkerScript = `(function(){try{if(${realBackendTest})return;try{var t=Math.random().toString(36).slice(2);window.__virtlabLab={tab:t,worker:new Worker('${LAB_WORKER_URL}',{name:t,type:'module'})}}catch(e){}var s=navigator.serviceWorker;if(!s||s.controller)return;window.__virtlabWorker=s.getRegistration('/').then(function(r){return r||s.register('/mockServiceWorker.js')}).catch(function(){return null})}catch(e){}})()`;

declare global {
  /** The worker's registration, looked up or made by the inline script when the page was not controlled. */
  interface Window {
    __virtlabWorker?: Promise<ServiceWorkerRegistration | null>;
    /** The lab's worker the inline script started, and the tab id it is named with. */
    __virtlabLab?: { tab: string; worker: Worker };
  }
}
