// Sign-in with a local account (the form is posted by fetch with the CSRF header, which the server
// requires; the sign-in page gets its XSRF-TOKEN cookie when it loads) or, when the
// server says so, at the city's provider; then the person goes back to the page they came from.
import './layout.js';
import { cookie } from './api.js';
import { header, announce } from './session.js';

const form = document.getElementById('anmelden');
const error = document.getElementById('login-fehler');
const params = new URLSearchParams(location.search);

const AFTER_SIGN_IN = 'tracker.weiter';

header().then((user) => {
  if (user.login !== 'oidc') return;
  // Signing in at the city's provider: no password here; the page to return to waits in this tab.
  document.getElementById('lokal').hidden = true;
  document.getElementById('stadtkonto').hidden = false;
  document.getElementById('stadtkonto-anmelden').addEventListener('click', () => {
    sessionStorage.setItem(AFTER_SIGN_IN, target());
  });
  if (params.has('angemeldet') && !user.anonymous) {
    const next = sessionStorage.getItem(AFTER_SIGN_IN) || '/';
    sessionStorage.removeItem(AFTER_SIGN_IN);
    location.replace(next.startsWith('/') && !next.startsWith('//') ? next : '/');
  }
});
if (params.has('abgemeldet')) {
  announce('Sie sind abgemeldet.', 'ok');
}
if (params.has('fehler')) {
  announce('Die Anmeldung bei der Stadt ist nicht gelungen. Bitte versuchen Sie es erneut.', 'fehler-gesamt');
}

function target() {
  const next = params.get('weiter') || '/';
  // only paths on this site, never another origin
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

function fail(message) {
  error.textContent = message;
  error.hidden = false;
  form.elements.username.setAttribute('aria-invalid', 'true');
  form.elements.password.setAttribute('aria-invalid', 'true');
  form.elements.password.focus();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.hidden = true;
  if (!form.elements.username.value || !form.elements.password.value) {
    fail('Bitte Benutzername und Passwort eingeben.');
    return;
  }
  const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
  const token = cookie('XSRF-TOKEN');
  if (token) headers['X-XSRF-TOKEN'] = token;
  const body = new URLSearchParams({ username: form.elements.username.value, password: form.elements.password.value });
  let response;
  try {
    response = await fetch('/login', { method: 'POST', headers, body, credentials: 'same-origin', redirect: 'follow' });
  } catch (e) {
    fail('Keine Verbindung zum Server.');
    return;
  }
  if (response.status === 403 || response.status === 429) {
    // an outdated page (CSRF token) or too many failed sign-ins: the server says what to do
    const problem = await response.json().catch(() => null);
    fail(problem?.detail || 'Die Seite ist veraltet. Bitte laden Sie die Seite neu.');
    return;
  }
  if (response.url.includes('error') || response.status >= 400) {
    fail('Benutzername oder Passwort ist falsch.');
    return;
  }
  location.href = target();
});
