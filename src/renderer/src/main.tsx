import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './App';
import { installTheme } from './ui/theme';
import { PresenterView } from './presentation/PresenterView';

installTheme();

// The presenter view is this page too, opened by main in a second window with #presenter.
const presenter = window.location.hash === '#presenter';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>{presenter ? <PresenterView /> : <App />}</StrictMode>,
);
