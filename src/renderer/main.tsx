/** Renderer entry: picks the api (desktop or browser) and the screen from the URL. */
import { render } from 'preact';
import { App, type View } from './app/app';
import { getApi } from './api/get-api';

const requested = new URLSearchParams(window.location.search).get('view');
const view: View = requested === 'guide' ? 'guide' : 'checklist';
const root = document.getElementById('root');
if (root !== null) {
  void getApi().then((api) => render(<App api={api} view={view} />, root));
}
