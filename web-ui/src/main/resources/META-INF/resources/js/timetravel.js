// "Stand am" (as of) and "Wissensstand vom" (as known at): the chosen moment lives in the URL.
import { esc, dateTime, date } from './text.js';

/** The chosen moment from the page's URL ({} for today). */
export function moment() {
  const params = new URLSearchParams(location.search);
  const chosen = {};
  if (params.get('asOf')) chosen.asOf = params.get('asOf');
  if (params.get('knownAt')) chosen.knownAt = params.get('knownAt');
  return chosen;
}

/** Whether the page shows the past rather than today. */
export function inPast() {
  const chosen = moment();
  return Boolean(chosen.asOf || chosen.knownAt);
}

/** Wires the picker form (id "zeitpunkt") and the report links (class "bericht") to the URL. */
export function picker(onChange) {
  const form = document.getElementById('zeitpunkt');
  if (!form) return;
  const chosen = moment();
  form.elements.asOf.value = chosen.asOf || '';
  form.elements.knownAt.value = chosen.knownAt ? chosen.knownAt.substring(0, 16) : '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams(location.search);
    set(params, 'asOf', form.elements.asOf.value);
    set(params, 'knownAt', form.elements.knownAt.value ? new Date(form.elements.knownAt.value).toISOString() : '');
    history.pushState(null, '', location.pathname + (params.toString() ? '?' + params : ''));
    reports();
    onChange();
  });
  form.querySelector('[data-heute]')?.addEventListener('click', () => {
    form.elements.asOf.value = '';
    form.elements.knownAt.value = '';
    form.requestSubmit();
  });
  window.addEventListener('popstate', () => {
    const again = moment();
    form.elements.asOf.value = again.asOf || '';
    form.elements.knownAt.value = again.knownAt ? again.knownAt.substring(0, 16) : '';
    reports();
    onChange();
  });
  reports();
}

function set(params, key, value) {
  if (value) params.set(key, value);
  else params.delete(key);
}

/** Points the report download links at the chosen moment. */
function reports() {
  const chosen = moment();
  document.querySelectorAll('a.bericht').forEach((link) => {
    const params = new URLSearchParams({ format: link.dataset.format });
    if (chosen.asOf) params.set('asOf', chosen.asOf);
    if (chosen.knownAt) params.set('knownAt', chosen.knownAt);
    link.href = `/api/v1/reports/status?${params}`;
  });
}

/** Tells which moment the shown data stands for (the server's "basis" where it sends one). */
export function showBasis(answer) {
  const target = document.getElementById('basis');
  if (!target) return;
  const chosen = moment();
  const basis = answer && answer.basis;
  if (basis) {
    target.innerHTML = `Angezeigt: Stand am <strong>${esc(date(basis.asOf))}</strong>, Wissensstand vom <strong>${esc(dateTime(basis.knownAt))}</strong>.`;
  } else if (chosen.asOf || chosen.knownAt) {
    target.innerHTML = 'Der Server hat für diese Ansicht keinen Zeitpunkt bestätigt; angezeigt wird der aktuelle Stand.';
  } else {
    target.textContent = 'Angezeigt: aktueller Stand.';
  }
}
