/** The lesson panel's chunk: loaded while a lesson runs (AppShell), and warmed when the page is idle. */
export const loadLessonPanel = () => import('./LessonPanel');
