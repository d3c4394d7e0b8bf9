import { createRoot } from 'react-dom/client';
import { App } from './App';
import '@/components/theme.css';
import '@/components/library/library.css';

createRoot(document.getElementById('root')!).render(<App />);
