import { realBackendTest } from './backend';

/**
 * Inline in <head> (app/layout.tsx). When no service worker controls the page, the API's worker
 * is registered at once (or its registration looked up), so that on a first visit it installs
 * while the page's JS loads instead of after hydration; app/start-mocks.ts then waits
 * for it to take control of the page before MSW starts. Not on a real backend (./backend.ts).
 */
export const earlyWorkerScript = `(function(){try{var s=navigator.serviceWorker;if(!s||s.controller||${realBackendTest})return;window.__virtlabWorker=s.getRegistration('/').then(function(r){return r||s.register('/mockServiceWorker.js')}).catch(function(){return null})}catch(e){}})()`;

declare global {
  /** The worker's registration, looked up or made by the inline script when the page was not controlled. */
  interface Window {
    __virtlabWorker?: Promise<ServiceWorkerRegistration | null>;
  }
}
