/**
 * Inline in <head> (app/layout.tsx): on a first visit — no service worker controls the page and
 * none is registered — register the API's worker at once, so that it installs while the page's
 * JS loads instead of after hydration. components/lab/start-mocks.ts waits for it to take control.
 */
export const earlyWorkerScript = `(function(){try{var s=navigator.serviceWorker;if(!s||s.controller)return;window.__virtlabWorker=s.getRegistration('/').then(function(r){return r?null:s.register('/mockServiceWorker.js')}).catch(function(){return null})}catch(e){}})()`;

declare global {
  /** The early registration, or null when there was one already. */
  interface Window { __virtlabWorker?: Promise<ServiceWorkerRegistration | null> }
}
