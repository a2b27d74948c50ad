// Prüfung: the full audit trail with identities, and whether the hash chain over all events holds.
import './layout.js';
import { read, request, query } from './api.js';
import { header, announce, has } from './session.js';
import { SOURCE, esc, dateTime } from './text.js';

const EVENTS = {
  MeasureRegistered: 'Maßnahme angelegt', MeasureDetailsRevised: 'Angaben überarbeitet', LeadUnitAssigned: 'Federführung geändert',
  CollaboratorAdded: 'Mitwirkende hinzugefügt', CollaboratorRemoved: 'Mitwirkende entfernt', PriorityAssigned: 'Priorität festgelegt',
  PeriodPlanned: 'Zeitraum festgelegt', StatusChanged: 'Status geändert', MeasureReopened: 'Wieder geöffnet',
  ProgressReported: 'Fortschritt gemeldet', MilestonePlanned: 'Meilenstein geplant', MilestoneRescheduled: 'Meilenstein verschoben',
  MilestoneReached: 'Meilenstein erreicht', MilestoneDropped: 'Meilenstein aufgegeben', KpiDefined: 'Kennzahl definiert',
  KpiTargetChanged: 'Zielwert geändert', KpiValueRecorded: 'Messwert erfasst', KpiValueCorrected: 'Messwert korrigiert',
};
const FILTERS = ['measure', 'unit', 'actor', 'type', 'from', 'to'];
const form = document.getElementById('protokoll-filter');
const PAGE_SIZE = 50;

for (const [type, label] of Object.entries(EVENTS)) form.elements.type.add(new Option(label, type));

async function chain() {
  const target = document.getElementById('kette');
  target.setAttribute('aria-busy', 'true');
  const [verification, anchors] = await Promise.all([
    request('/api/v1/audit/chain/verification'), request('/api/v1/audit/chain/anchors?limit=5'),
  ]);
  target.setAttribute('aria-busy', 'false');
  if (!verification.ok) {
    target.innerHTML = `<p class="meldung fehler-gesamt">Die Prüfung der Kette ist fehlgeschlagen: ${esc(verification.problem.title)}</p>`;
    return;
  }
  const v = verification.data;
  target.innerHTML = `${v.intact
    ? `<p class="meldung ok" id="ketten-ergebnis"><strong>✔ Kette unversehrt.</strong> ${v.checked} Glieder geprüft, kein Ereignis fehlt oder wurde verändert.</p>`
    : `<p class="meldung fehler-gesamt" id="ketten-ergebnis"><strong>✖ Kette gebrochen</strong> ${v.firstBreak
      ? `an Position ${v.firstBreak.position} (globaler Index ${v.firstBreak.globalIndex}): ${esc(v.firstBreak.reason)}.`
      : `Anker ${v.firstAnchorMismatch.anchorId} (Position ${v.firstAnchorMismatch.position}) stimmt nicht mehr: ${esc(v.firstAnchorMismatch.reason)}.`} ${v.checked} Glieder geprüft.</p>`}
    <dl class="angaben"><dt>Letzter Hash</dt><dd><code>${esc(v.headHash || '–')}</code></dd>
    <dt>Veröffentlichte Anker</dt><dd>${anchors.ok && anchors.data.length ? `${anchors.data.length} neueste: ${anchors.data.map((a) => `${esc(dateTime(a.anchoredAt || a.publishedAt || a.createdAt))}`).join(', ')}` : 'keine'}</dd></dl>`;
}

function params() {
  return new URLSearchParams(location.search);
}

async function trail() {
  const p = params();
  for (const name of FILTERS) form.elements[name].value = p.get(name) || '';
  const target = document.getElementById('protokoll');
  const page = Number(p.get('page') || 0);
  const answer = await request('/api/v1/history' + query({ ...Object.fromEntries(FILTERS.map((n) => [n, p.get(n)])), page, size: PAGE_SIZE }));
  if (!answer.ok) {
    target.innerHTML = '';
    announce('Das Protokoll konnte nicht geladen werden: ' + (answer.problem.errors?.map((e) => e.message).join(' ') || answer.problem.title), 'fehler-gesamt');
    return;
  }
  const h = answer.data;
  const pages = Math.max(1, Math.ceil(h.totalItems / PAGE_SIZE));
  target.innerHTML = `<div class="tabelle"><table class="karten" id="protokoll-tabelle">
    <caption>${h.totalItems} Einträge, neueste zuerst (Seite ${page + 1} von ${pages})</caption>
    <thead><tr><th scope="col">Zeitpunkt</th><th scope="col">Maßnahme</th><th scope="col">Was</th><th scope="col">Begründung</th><th scope="col">Wer</th><th scope="col">Quelle</th></tr></thead>
    <tbody>${h.items.map((e) => `<tr>
      <th scope="row"><time datetime="${esc(e.occurredAt)}">${dateTime(e.occurredAt)}</time></th>
      <td data-label="Maßnahme" class="umbrechen"><a href="/massnahme?id=${encodeURIComponent(e.measureId)}">${esc(e.measureId)}</a> <span class="hinweis">v${e.version}</span></td>
      <td data-label="Was" class="umbrechen">${esc(e.summary)}</td>
      <td data-label="Begründung" class="umbrechen">${esc(e.reason || '–')}</td>
      <td data-label="Wer">${esc(e.actorId || '–')}${e.actorUnit ? ` (${esc(e.actorUnit)})` : ''}</td>
      <td data-label="Quelle">${esc(SOURCE[e.source] || e.source || '–')}</td></tr>`).join('')}</tbody></table></div>
    <nav class="blaettern" aria-label="Seiten des Protokolls">
      ${page > 0 ? `<a href="${pageLink(page - 1)}">← Neuere</a>` : ''}
      ${page + 1 < pages ? `<a href="${pageLink(page + 1)}">Ältere →</a>` : ''}</nav>`;
}

function pageLink(page) {
  const p = params();
  p.set('page', page);
  return '?' + p;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const p = new URLSearchParams();
  for (const name of FILTERS) if (form.elements[name].value.trim()) p.set(name, form.elements[name].value.trim());
  history.pushState(null, '', location.pathname + (p.toString() ? '?' + p : ''));
  trail();
});
window.addEventListener('popstate', trail);
document.getElementById('kette-pruefen').addEventListener('click', chain);

header().then((user) => {
  const auditor = has(user, 'AUDITOR');
  document.getElementById('kein-zugang').hidden = auditor;
  document.getElementById('pruefbereich').hidden = !auditor;
  if (auditor) {
    chain();
    trail();
  }
});
