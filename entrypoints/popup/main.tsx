import { render } from 'preact';

function Popup() {
  return <main>Plan Lens</main>;
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
