import { createRoot } from 'react-dom/client';
import { App } from './App';
import '@/components/theme.css';

// Pages are drawn lazily, so the browser's own scroll restoration lands on an unsized page
// list; the reader opens at the top, or at #page=N.
history.scrollRestoration = 'manual';

// The reader is web-accessible (auto-open redirects to it); inside another site's frame it
// shows nothing, so that no page can dress it up and trick a click into a highlight.
if (window.top === window) createRoot(document.getElementById('root')!).render(<App />);
