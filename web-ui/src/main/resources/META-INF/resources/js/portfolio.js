// Maßnahmen: the filterable, sortable portfolio; every filter lives in the URL, so a view can be shared.
import './layout.js';
import { read, request, query } from './api.js';
import { header, announce, has } from './session.js';
import { STATUS, STATUS_ORDER, HEALTH, HEALTH_ORDER, BANDS, progressCode, esc, statusBadge, healthBadge, dateTime, percent } from './text.js';
import { moment, picker, showBasis } from './timetravel.js';
import { values, showErrors, clearErrors } from './forms.js';
import { live } from './live.js';

const FILTERS = ['text', 'fieldOfAction', 'leadUnit', 'priority', 'status', 'health', 'sort'];
const PAGE_SIZE = 50;
const filter = document.getElementById('filter');
const target = document.getElementById('liste');
let focusColumn = null;
let shown = '';

const COLUMNS = [
  { key: 'title', label: 'Maßnahme' },
  { key: 'fieldOfAction', label: 'Arbeitsfeld' },
  { key: 'leadUnit', label: 'Fachbereich' },
  { key: 'priority', label: 'Priorität' },
  { key: 'status', label: 'Status' },
  { key: null, label: 'Fortschritt' },
  { key: null, label: 'Ampel' },
  { key: 'lastUpdate', label: 'Letzte Änderung' },
];

for (const s of STATUS_ORDER) filter.elements.status.add(new Option(STATUS[s], s));
for (const h of HEALTH_ORDER) filter.elements.health.add(new Option(HEALTH[h], h));

function params() {
  return new URLSearchParams(location.search);
}

function fillForm() {
  const p = params();
  for (const name of FILTERS) filter.elements[name].value = p.get(name) || (name === 'sort' ? 'title' : '');
}

async function options() {
  try {
    const dashboard = await read('/api/v1/dashboard');
    const fields = [...new Set(dashboard.counts.map((c) => c.fieldOfAction))].sort((a, b) => a.localeCompare(b, 'de'));
    const units = [...new Set(dashboard.counts.map((c) => c.leadUnit))].sort((a, b) => a.localeCompare(b, 'de'));
    for (const f of fields) filter.elements.fieldOfAction.add(new Option(f, f));
    document.getElementById('einheiten').innerHTML = units.map((u) => `<option value="${esc(u)}"></option>`).join('');
    document.getElementById('felder').innerHTML = fields.map((f) => `<option value="${esc(f)}"></option>`).join('');
  } catch (e) {
    // the lists only help typing; the filters work without them
  }
  // only the list that just got its options; other fields may already hold what someone is typing
  filter.elements.fieldOfAction.value = params().get('fieldOfAction') || '';
}

/** Reads the URL into the filter form, then shows the matching measures. */
async function load() {
  fillForm();
  await loadTable();
}

/** Shows the measures the URL asks for; the filter form, and whatever is typed in it, stays. */
async function loadTable() {
  const p = params();
  const progressBand = p.get('fortschritt');
  const page = Number(p.get('page') || 0);
  const wanted = Object.fromEntries(FILTERS.map((name) => [name, p.get(name)]));
  target.setAttribute('aria-busy', 'true');
  try {
    const answer = await read('/api/v1/measures' + query({
      ...wanted, ...moment(), progress: progressCode(progressBand), page, size: PAGE_SIZE,
    }));
    showBasis(answer);
    shown = JSON.stringify(answer.items.map((m) => [m.id, m.version]));
    render(answer.items, answer.totalItems, page, progressBand, wanted.sort || 'title');
  } catch (e) {
    target.innerHTML = '';
    announce('Die Maßnahmen konnten nicht geladen werden: ' + e.message, 'fehler-gesamt');
  } finally {
    target.setAttribute('aria-busy', 'false');
  }
}

function describeFilters(progressBand) {
  const p = params();
  const parts = [];
  if (p.get('text')) parts.push(`Suche „${p.get('text')}“`);
  if (p.get('fieldOfAction')) parts.push(`Arbeitsfeld „${p.get('fieldOfAction')}“`);
  if (p.get('leadUnit')) parts.push(`Fachbereich ${p.get('leadUnit')}`);
  if (p.get('priority')) parts.push(`Priorität ${p.get('priority')}`);
  if (p.get('status')) parts.push(`Status ${STATUS[p.get('status')] || p.get('status')}`);
  if (p.get('health')) parts.push(`Ampel ${HEALTH[p.get('health')] || p.get('health')}`);
  if (progressBand) parts.push(`Fortschritt ${BANDS.find((b) => b.key === progressBand)?.label || progressBand}`);
  return parts.length ? ' – ' + parts.join(', ') : '';
}

function render(items, total, page, progressBand, sort) {
  const descending = sort.startsWith('-');
  const sortKey = descending ? sort.substring(1) : sort;
  const head = COLUMNS.map((c) => {
    if (!c.key) return `<th scope="col">${c.label}</th>`;
    const active = c.key === sortKey;
    const ariaSort = active ? ` aria-sort="${descending ? 'descending' : 'ascending'}"` : '';
    const next = active && !descending ? '-' + c.key : c.key;
    return `<th scope="col"${ariaSort}><button type="button" class="sortieren" data-sort="${next}">${c.label}${active ? (descending ? ' ▼' : ' ▲') : ''}<span class="sr-only"> – sortieren</span></button></th>`;
  }).join('');
  const rows = items.map((m) => `<tr>
      <th scope="row" class="umbrechen"><a href="/massnahme${query({ id: m.id, ...moment() })}">${esc(m.title)}</a></th>
      <td data-label="Arbeitsfeld">${esc(m.fieldOfAction)}</td>
      <td data-label="Fachbereich">${esc(m.leadUnit)}</td>
      <td data-label="Priorität" class="zahl">${m.priority}</td>
      <td data-label="Status">${statusBadge(m.status)}</td>
      <td data-label="Fortschritt" class="zahl">${percent(m.percentComplete)}</td>
      <td data-label="Ampel">${healthBadge(m.health)}${m.overdueMilestones ? ` <span class="hinweis">${m.overdueMilestones} Meilenstein(e) überfällig</span>` : ''}</td>
      <td data-label="Letzte Änderung">${dateTime(m.lastUpdate)}</td>
    </tr>`).join('');
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  target.innerHTML = `<div class="tabelle"><table class="karten" id="massnahmen-tabelle">
      <caption>${total} Maßnahme${total === 1 ? '' : 'n'}${esc(describeFilters(progressBand))}</caption>
      <thead><tr>${head}</tr></thead>
      <tbody>${rows || '<tr><td colspan="8">Keine Maßnahme passt zu diesen Filtern.</td></tr>'}</tbody>
    </table></div>
    ${pages > 1 ? `<nav class="blaettern" aria-label="Seiten">
      ${page > 0 ? `<a href="${pageLink(page - 1)}">← Vorherige Seite</a>` : ''}
      <span>Seite ${page + 1} von ${pages}</span>
      ${page + 1 < pages ? `<a href="${pageLink(page + 1)}">Nächste Seite →</a>` : ''}</nav>` : ''}`;
  target.querySelectorAll('button[data-sort]').forEach((button) => button.addEventListener('click', () => {
    filter.elements.sort.value = button.dataset.sort;
    focusColumn = button.dataset.sort.replace(/^-/, '');
    navigate();
  }));
  if (focusColumn) {
    target.querySelector(`button[data-sort="${focusColumn}"], button[data-sort="-${focusColumn}"]`)?.focus();
    focusColumn = null;
  }
}

function pageLink(page) {
  const p = params();
  p.set('page', page);
  return '?' + p;
}

function navigate() {
  const p = new URLSearchParams();
  for (const name of FILTERS) {
    const value = filter.elements[name].value.trim();
    if (value && !(name === 'sort' && value === 'title')) p.set(name, value);
  }
  const chosen = moment();
  if (chosen.asOf) p.set('asOf', chosen.asOf);
  if (chosen.knownAt) p.set('knownAt', chosen.knownAt);
  history.pushState(null, '', location.pathname + (p.toString() ? '?' + p : ''));
  load();
}

filter.addEventListener('submit', (event) => {
  event.preventDefault();
  navigate();
});

const register = document.getElementById('anlegen');
register.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearErrors(register);
  const body = values(register);
  if (body.priority) body.priority = Number(body.priority);
  const answer = await request('/api/v1/measures', { method: 'POST', body });
  if (!answer.ok) {
    showErrors(register, answer.problem);
    announce('Die Maßnahme wurde nicht angelegt. Bitte die markierten Felder prüfen.', 'fehler-gesamt');
    return;
  }
  // minVersion: the measure page waits until the read side knows the new measure.
  location.href = '/massnahme' + query({ id: answer.data.measureId || answer.data.id, minVersion: answer.data.version }) + '&angelegt';
});

header().then((user) => {
  document.getElementById('anlegen-bereich').hidden = !has(user, 'STRATEGY_OFFICE');
});
picker(load);
options();
load();

// Live: when someone changes a listed measure, the table follows (the filter form is left alone).
live(async () => {
  if (moment().asOf || moment().knownAt) return;
  const before = shown;
  const p = params();
  const answer = await request('/api/v1/measures' + query({
    ...Object.fromEntries(FILTERS.map((name) => [name, p.get(name)])), progress: progressCode(p.get('fortschritt')),
    page: Number(p.get('page') || 0), size: PAGE_SIZE,
  }));
  if (!answer.ok) return;
  if (JSON.stringify(answer.data.items.map((m) => [m.id, m.version])) !== before) {
    await loadTable();
    announce('Die Liste wurde aktualisiert, weil sich Maßnahmen geändert haben.', 'info');
  }
}, 20000);
