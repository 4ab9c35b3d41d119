import { render } from 'preact';

function Options() {
  return <main>Plan Lens</main>;
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
