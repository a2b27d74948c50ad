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
  const fill = () => {
    const chosen = moment();
    form.elements.asOf.value = chosen.asOf || '';
    form.elements.knownAt.value = chosen.knownAt ? localMinute(chosen.knownAt) : '';
  };
  fill();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams(location.search);
    set(params, 'asOf', form.elements.asOf.value);
    set(params, 'knownAt', instant(form.elements.knownAt.value, moment().knownAt));
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
    fill();
    reports();
    onChange();
  });
  reports();
}

/**
 * The instant as the datetime-local field shows it: the browser's local time (Europe/Berlin for
 * the city's PCs), to the minute. The URL keeps the instant in UTC.
 */
function localMinute(iso) {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const two = (n) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}:${two(at.getMinutes())}`;
}

/**
 * The field's local time as a UTC instant; an unchanged field keeps the URL's instant exactly
 * (seconds included), so pressing "Anzeigen" again never moves it.
 */
function instant(local, previous) {
  if (!local) return '';
  if (previous && localMinute(previous) === local) return previous;
  return new Date(local).toISOString();
}

function set(params, key, value) {
  if (value) params.set(key, value);
  else params.delete(key);
}

/** Points the report download links at the chosen moment and at the list's unit and field, if any. */
function reports() {
  document.querySelectorAll('a.bericht').forEach((link) => { link.href = reportUrl(link); });
}

/** The status report for a link: its format, the chosen moment and the selection in the URL. */
function reportUrl(link) {
  const page = new URLSearchParams(location.search);
  const params = new URLSearchParams({ format: link.dataset.format });
  for (const key of ['asOf', 'knownAt', 'leadUnit', 'fieldOfAction']) {
    if (page.get(key)) params.set(key, page.get(key));
  }
  return `/api/v1/reports/status?${params}`;
}

// the list changes its filters in the URL without reloading: a link reads them when it is used
document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a.bericht');
  if (link) link.href = reportUrl(link);
});

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
