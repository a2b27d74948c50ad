// Übersicht: the strategy office's figures, each one a link down to the measures behind it.
import './layout.js';
import { read, query } from './api.js';
import { header, announce } from './session.js';
import { STATUS, STATUS_ORDER, BANDS, esc, date, dateTime, number } from './text.js';
import { moment, picker, showBasis, inPast } from './timetravel.js';
import { barChart } from './charts.js';
import { live } from './live.js';
import { showChanges, changesForm } from './changes.js';

const target = document.getElementById('uebersicht');
const charts = [];

function link(filters) {
  return '/massnahmen' + query({ ...filters, ...moment() });
}

let shown = '';

/** Figures and change report for the moment in the URL; redraws the figures only if they changed. */
async function load() {
  target.setAttribute('aria-busy', 'true');
  try {
    const chosen = moment();
    const [raw] = await Promise.all([read('/api/v1/dashboard' + query(chosen)), showChanges()]);
    const dashboard = raw.answer ? raw.answer : raw;
    showBasis(raw);
    const figures = JSON.stringify(dashboard);
    if (figures !== shown) render(dashboard);
    shown = figures;
  } catch (e) {
    announce('Die Übersicht konnte nicht geladen werden: ' + e.message, 'fehler-gesamt');
  } finally {
    target.setAttribute('aria-busy', 'false');
  }
}

function sum(counts, predicate) {
  return counts.filter(predicate).reduce((total, c) => total + c.measures, 0);
}

function render(d) {
  charts.splice(0).forEach((chart) => chart.destroy());
  const fields = [...new Set(d.counts.map((c) => c.fieldOfAction))].sort((a, b) => a.localeCompare(b, 'de'));
  const inProgress = sum(d.counts, (c) => c.status === 'IN_PROGRESS');
  const counted = Object.fromEntries(d.progressBands.map((b) => [b.band, b.measures]));
  const bands = Object.fromEntries(BANDS.map((b) => [b.key, counted[b.api] || 0]));
  const share = Math.round(Number(d.priorityOne.shareInProgress) * 100);

  target.innerHTML = `
    <section aria-labelledby="kennzahlen-titel">
      <h2 id="kennzahlen-titel" class="sr-only">Kennzahlen auf einen Blick</h2>
      <div class="kacheln">
        <div class="kachel"><a href="${link({})}"><span class="wert">${d.totalMeasures}</span> Maßnahmen insgesamt</a></div>
        <div class="kachel"><a href="${link({ status: 'IN_PROGRESS' })}"><span class="wert">${inProgress}</span> in Umsetzung</a></div>
        <div class="kachel"><a href="${link({ priority: 1 })}"><span class="wert">${share} %</span> der ${d.priorityOne.measures} Maßnahmen mit Priorität 1 in Umsetzung</a></div>
        <div class="kachel"><a href="#ueberfaellig-titel"><span class="wert">${d.overdueMilestones.length}</span> überfällige Meilensteine</a></div>
        <div class="kachel"><a href="#kpi-titel"><span class="wert">${d.kpis.offTrack}</span> Kennzahlen nicht im Plan</a> <span class="hinweis">(${d.kpis.onTrack} im Plan, ${d.kpis.unknown} ohne Urteil)</span></div>
        <div class="kachel"><a href="#veraltet-titel"><span class="wert">${d.staleMeasures.length}</span> seit ${d.staleDays} Tagen ohne Änderung</a></div>
      </div>
    </section>

    <section aria-labelledby="felder-titel">
      <h2 id="felder-titel">Maßnahmen nach Status je Arbeitsfeld</h2>
      <div class="diagramm" style="height:${Math.max(16, fields.length * 2.2)}rem"><canvas id="felder-diagramm" role="img" aria-label="Balkendiagramm: Maßnahmen nach Status je Arbeitsfeld; die Tabelle darunter enthält dieselben Zahlen."></canvas></div>
      <div class="tabelle"><table class="karten">
        <caption>Anzahl der Maßnahmen nach Arbeitsfeld und Status (jede Zahl führt zu den Maßnahmen)</caption>
        <thead><tr><th scope="col">Arbeitsfeld</th>${STATUS_ORDER.map((s) => `<th scope="col" class="zahl">${STATUS[s]}</th>`).join('')}<th scope="col" class="zahl">Summe</th></tr></thead>
        <tbody>${fields.map((f) => `<tr><th scope="row"><a href="${link({ fieldOfAction: f })}">${esc(f)}</a></th>${STATUS_ORDER.map((s) => cell(sum(d.counts, (c) => c.fieldOfAction === f && c.status === s), { fieldOfAction: f, status: s }, STATUS[s])).join('')}${cell(sum(d.counts, (c) => c.fieldOfAction === f), { fieldOfAction: f }, 'Summe')}</tr>`).join('')}</tbody>
      </table></div>
    </section>


    <section aria-labelledby="prio-titel">
      <h2 id="prio-titel">Priorität und Status</h2>
      <div class="tabelle"><table class="karten">
        <caption>Anzahl der Maßnahmen nach Priorität und Status</caption>
        <thead><tr><th scope="col">Priorität</th>${STATUS_ORDER.map((s) => `<th scope="col" class="zahl">${STATUS[s]}</th>`).join('')}</tr></thead>
        <tbody>${[1, 2, 3].map((p) => `<tr><th scope="row"><a href="${link({ priority: p })}">Priorität ${p}</a></th>${STATUS_ORDER.map((s) => cell(sum(d.counts, (c) => c.priority === p && c.status === s), { priority: p, status: s }, STATUS[s])).join('')}</tr>`).join('')}</tbody>
      </table></div>
    </section>

    <section aria-labelledby="fortschritt-titel">
      <h2 id="fortschritt-titel">Verteilung des Fortschritts</h2>
      <div class="diagramm"><canvas id="fortschritt-diagramm" role="img" aria-label="Säulendiagramm: Anzahl der Maßnahmen je Fortschrittsstufe; die Tabelle daneben enthält dieselben Zahlen."></canvas></div>
      <div class="tabelle"><table>
        <caption>Maßnahmen je Fortschrittsstufe (zuletzt gemeldeter Fortschritt)</caption>
        <thead><tr><th scope="col">Fortschritt</th><th scope="col" class="zahl">Maßnahmen</th></tr></thead>
        <tbody>${BANDS.map((b) => `<tr><th scope="row">${b.label}</th>${cell(bands[b.key], { fortschritt: b.key }, b.label)}</tr>`).join('')}</tbody>
      </table></div>
    </section>

    <section aria-labelledby="ueberfaellig-titel">
      <h2 id="ueberfaellig-titel">Überfällige Meilensteine</h2>
      ${d.overdueMilestones.length === 0 ? '<p>Keine überfälligen Meilensteine.</p>' : `<div class="tabelle"><table class="karten">
        <caption>Meilensteine nach Fälligkeit, älteste zuerst</caption>
        <thead><tr><th scope="col">Meilenstein</th><th scope="col">Maßnahme</th><th scope="col">Fachbereich</th><th scope="col">Fällig am</th><th scope="col" class="zahl">Tage überfällig</th></tr></thead>
        <tbody>${d.overdueMilestones.map((m) => `<tr><th scope="row">${esc(m.title)}</th><td data-label="Maßnahme"><a href="/massnahme?id=${encodeURIComponent(m.measureId)}">${esc(m.measureTitle)}</a></td><td data-label="Fachbereich">${esc(m.leadUnit)}</td><td data-label="Fällig am">${date(m.dueDate)}</td><td data-label="Tage überfällig" class="zahl">${m.daysOverdue}</td></tr>`).join('')}</tbody>
      </table></div>`}
    </section>

    <section aria-labelledby="kpi-titel">
      <h2 id="kpi-titel">Kennzahlen nicht im Plan</h2>
      ${d.kpis.offTrackKpis.length === 0 ? '<p>Alle Kennzahlen mit Zielwert liegen im Plan.</p>' : `<div class="tabelle"><table class="karten">
        <caption>Kennzahlen, deren letzter Wert hinter dem Weg zum Ziel liegt</caption>
        <thead><tr><th scope="col">Kennzahl</th><th scope="col">Maßnahme</th><th scope="col" class="zahl">Letzter Wert</th><th scope="col">Gemessen am</th><th scope="col" class="zahl">Ziel</th><th scope="col">Zieldatum</th></tr></thead>
        <tbody>${d.kpis.offTrackKpis.map((k) => `<tr><th scope="row">${esc(k.name)}</th><td data-label="Maßnahme"><a href="/massnahme?id=${encodeURIComponent(k.measureId)}#kpi-${esc(k.kpiId)}">${esc(k.measureId)}</a></td><td data-label="Letzter Wert" class="zahl">${number(k.latestValue)}</td><td data-label="Gemessen am">${date(k.observedOn)}</td><td data-label="Ziel" class="zahl">${number(k.target)}</td><td data-label="Zieldatum">${date(k.targetDate)}</td></tr>`).join('')}</tbody>
      </table></div>`}
    </section>

    <section aria-labelledby="veraltet-titel">
      <h2 id="veraltet-titel">Lange nicht aktualisiert (seit mindestens ${d.staleDays} Tagen)</h2>
      ${d.staleMeasures.length === 0 ? '<p>Jede offene Maßnahme wurde in dieser Zeit aktualisiert.</p>' : `<div class="tabelle"><table class="karten">
        <caption>Offene Maßnahmen ohne Änderung, längste zuerst</caption>
        <thead><tr><th scope="col">Maßnahme</th><th scope="col">Fachbereich</th><th scope="col">Status</th><th scope="col">Letzte Änderung</th><th scope="col" class="zahl">Tage</th></tr></thead>
        <tbody>${d.staleMeasures.map((m) => `<tr><th scope="row"><a href="/massnahme?id=${encodeURIComponent(m.measureId)}">${esc(m.title)}</a></th><td data-label="Fachbereich">${esc(m.leadUnit)}</td><td data-label="Status">${esc(STATUS[m.status] || m.status)}</td><td data-label="Letzte Änderung">${dateTime(m.lastUpdate)}</td><td data-label="Tage" class="zahl">${m.daysWithoutUpdate}</td></tr>`).join('')}</tbody>
      </table></div>`}
    </section>`;

  const byField = barChart(document.getElementById('felder-diagramm'), {
    labels: fields,
    horizontal: true,
    stacked: true,
    datasets: STATUS_ORDER.map((s) => ({ key: s, label: STATUS[s], data: fields.map((f) => sum(d.counts, (c) => c.fieldOfAction === f && c.status === s)) })),
    onClick: (fieldIndex, datasetKey) => { location.href = link({ fieldOfAction: fields[fieldIndex], status: datasetKey }); },
  });
  const byBand = barChart(document.getElementById('fortschritt-diagramm'), {
    labels: BANDS.map((b) => b.label),
    datasets: [{ key: 'fortschritt', label: 'Maßnahmen', data: BANDS.map((b) => bands[b.key]) }],
    onClick: (index) => { location.href = link({ fortschritt: BANDS[index].key }); },
  });
  charts.push(...[byField, byBand].filter(Boolean));
}

function cell(count, filters, label) {
  return count === 0
    ? `<td class="zahl" data-label="${esc(label)}">0</td>`
    : `<td class="zahl" data-label="${esc(label)}"><a href="${link(filters)}">${count}</a></td>`;
}

header();
picker(() => {
  shown = '';
  load();
});
changesForm();
load();
// Live: the figures and the change report follow other people's changes; the date fields stay.
live(async () => {
  if (!inPast()) await load();
}, 30000);
