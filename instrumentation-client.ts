// Runs before React hydrates: the API's service worker and the mock layer start loading now, in
// parallel with hydration, instead of after it (app/start-mocks.ts).
import '@/app/start-mocks';
