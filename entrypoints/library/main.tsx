import { createRoot } from 'react-dom/client';
import { settledOrAfter } from '@/lib/ui/idle';
import { App, firstRows } from './App';
import '@/components/theme.css';
import '@/components/library/library.css';

// The first render waits for the first rows, though never long: drawn without them, the
// page's first layout and paint (tens of ms at software rendering) are redone once they come.
const FIRST_RENDER_WAIT_MS = 150;

const root = createRoot(document.getElementById('root')!);
void settledOrAfter(firstRows, FIRST_RENDER_WAIT_MS).then(() => root.render(<App />));
