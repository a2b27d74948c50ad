// Maßnahme: all about one measure, its history as German sentences, and the forms a department
// may use. Read-only parts follow other people's changes; forms being typed in are never touched.
import './layout.js';
import { read, request, query } from './api.js';
import { header, announce, permissions } from './session.js';
import {
  PERIOD_KIND, DIRECTION, SOURCE,
  esc, statusBadge, healthBadge, date, dateTime, number, percent,
} from './text.js';
import { moment, picker, showBasis, inPast } from './timetravel.js';
import { values, showErrors, clearErrors } from './forms.js';
import { kpiChart } from './charts.js';
import { actionForms } from './measure-forms.js';
import { showCorrections, slipHistory } from './measure-past.js';

const id = new URLSearchParams(location.search).get('id');
const state = { user: null, measure: null, version: null, series: {}, charts: [] };
const POLL_MS = 10000;

async function load(minVersion) {
  const main = document.getElementById('massnahme');
  main.setAttribute('aria-busy', 'true');
  try {
    const chosen = moment();
    const raw = await read(`/api/v1/measures/${encodeURIComponent(id)}` + query({ ...chosen, minVersion }));
    const measure = raw.answer ? fromPast(raw.answer) : raw;
    const historyTo = chosen.knownAt || (chosen.asOf ? nextDay(chosen.asOf) : undefined);
    const [history, ...series] = await Promise.all([
      historyFrom(measure.version, historyTo),
      ...measure.kpis.map((k) => read(`/api/v1/measures/${encodeURIComponent(id)}/kpis/${encodeURIComponent(k.id)}/series` + query(chosen))
        .then((s) => (s.answer ? s.answer : s)).catch(() => null)),
    ]);
    state.measure = measure;
    state.version = measure.version;
    state.series = Object.fromEntries(measure.kpis.map((k, i) => [k.id, series[i]]));
    showBasis(raw);
    renderReadOnly(measure, history);
    renderForms(false);
    await showCorrections(id, chosen, measure);
  } catch (e) {
    main.innerHTML = `<p>${e.status === 404 ? (inPast() ? 'Diese Maßnahme gab es zu diesem Zeitpunkt noch nicht (oder sie war noch nicht bekannt).' : 'Diese Maßnahme gibt es nicht.') : 'Die Maßnahme konnte nicht geladen werden: ' + esc(e.message)}</p>`;
  } finally {
    main.setAttribute('aria-busy', 'false');
  }
}

/** A past answer (MeasureState) in the shape of the live MeasureDetail. */
function fromPast(past) {
  return {
    ...past,
    progress: { percentComplete: past.percentComplete, health: past.health, comment: past.progressComment, reportedAt: past.progressReportedAt },
    collaborators: past.collaborators || [],
  };
}

/**
 * The measure's history; right after a change it waits briefly until the history has caught up
 * with the version just written (the history is its own projection).
 */
async function historyFrom(version, to) {
  const path = `/api/v1/measures/${encodeURIComponent(id)}/history` + query({ size: 200, to });
  let history = await read(path);
  for (let attempt = 0; !to && attempt < 20 && (history.items[0]?.version || 0) < version; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    history = await read(path);
  }
  return history;
}

function nextDay(isoDate) {
  const d = new Date(isoDate + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().substring(0, 10);
}

function periodText(period) {
  if (!period || !period.text) return 'nicht angegeben';
  if (!period.kind) return `„${esc(period.text)}“`;
  const meaning = PERIOD_KIND[period.kind] || period.kind;
  const dates = period.start || period.end
    ? ` – ${period.start ? 'von ' + date(period.start) : ''}${period.start && period.end ? ' ' : ''}${period.end ? 'bis ' + date(period.end) : ''}`
    : '';
  return `„${esc(period.text)}“ <span class="hinweis">(gelesen als: ${esc(meaning)}${dates})</span>`;
}

function renderReadOnly(m, history) {
  document.title = `${m.title} – Strategy Tracker Aachen`;
  document.getElementById('titel').textContent = m.title;
  const progress = m.progress || {};
  const collaborators = (m.collaborators || []).map((c) => esc(c.name)).join(', ') || '–';
  document.getElementById('massnahme').innerHTML = `
    <section aria-labelledby="angaben-titel">
      <h2 id="angaben-titel">Angaben</h2>
      <dl class="angaben" id="angaben">
        <dt>Status</dt><dd id="status">${statusBadge(m.status)}</dd>
        <dt>Fortschritt</dt><dd id="fortschritt">${progress.percentComplete === null || progress.percentComplete === undefined ? '' : percent(progress.percentComplete)} ${healthBadge(progress.health)}
          ${progress.reportedAt ? `<span class="hinweis">gemeldet am ${dateTime(progress.reportedAt)}</span>` : ''}
          ${progress.comment ? `<br>„${esc(progress.comment)}“` : ''}</dd>
        <dt>Priorität</dt><dd>${m.priority}</dd>
        <dt>Arbeitsfeld</dt><dd>${esc(m.fieldOfAction)}</dd>
        <dt>Fachbereich (federführend)</dt><dd>${esc(m.leadUnit)}</dd>
        <dt>Mitwirkende</dt><dd>${collaborators}</dd>
        <dt>Zeitraum</dt><dd>${periodText(m.period)}</dd>
        <dt>Beschreibung</dt><dd>${esc(m.description || '–')}</dd>
        <dt>Messbarkeit</dt><dd>${esc(m.measurability || '–')}</dd>
        <dt>Angelegt</dt><dd>${dateTime(m.registeredAt)}</dd>
        <dt>Letzte Änderung</dt><dd>${dateTime(m.lastUpdate)} <span class="hinweis">(Version ${m.version})</span></dd>
      </dl>
    </section>`;
  renderMilestones(m.milestones);
  renderKpis(m.kpis);
  renderHistory(history);
}

function milestoneState(ms) {
  if (ms.reachedOn) return `erreicht am ${date(ms.reachedOn)}`;
  if (ms.dropped) return 'aufgegeben';
  if (ms.overdue) return '<strong>überfällig</strong>';
  return 'offen';
}

function renderMilestones(milestones) {
  const target = document.getElementById('meilensteine');
  const open = [...target.querySelectorAll('details[data-meilenstein][open]')].map((d) => d.dataset.meilenstein);
  if (!milestones.length) {
    target.innerHTML = '<p>Noch keine Meilensteine geplant.</p>';
    return;
  }
  target.innerHTML = `<div class="tabelle"><table class="karten">
    <caption>Meilensteine mit Fälligkeit, Verschiebungen und Erreichung</caption>
    <thead><tr><th scope="col">Meilenstein</th><th scope="col">Fällig am</th><th scope="col">Ursprünglich geplant</th><th scope="col" class="zahl">Verschiebungen</th><th scope="col">Stand</th><th scope="col">Verlauf der Fälligkeit</th></tr></thead>
    <tbody>${milestones.map((ms) => `<tr>
      <th scope="row">${esc(ms.title)}</th>
      <td data-label="Fällig am">${date(ms.dueDate)}</td>
      <td data-label="Ursprünglich geplant">${date(ms.plannedDueDate)}${ms.plannedDueDate !== ms.dueDate ? ' <span class="hinweis">(verschoben)</span>' : ''}</td>
      <td data-label="Verschiebungen" class="zahl">${ms.timesSlipped}</td>
      <td data-label="Stand">${milestoneState(ms)}</td>
      <td data-label="Verlauf der Fälligkeit"><details class="verlauf-faelligkeit" data-meilenstein="${esc(ms.id)}"><summary>Verlauf der Fälligkeit<span class="sr-only"> von ${esc(ms.title)}</span></summary><div aria-live="polite"></div></details></td></tr>`).join('')}</tbody></table></div>`;
  target.querySelectorAll('details[data-meilenstein]').forEach((details) => {
    details.addEventListener('toggle', () => showSlips(details));
    if (open.includes(details.dataset.meilenstein)) details.open = true;
  });
}

/** Loads a milestone's due dates when its "Verlauf der Fälligkeit" is opened. */
async function showSlips(details) {
  if (!details.open) return;
  const body = details.querySelector('div');
  body.innerHTML = '<p>Wird geladen …</p>';
  try {
    body.innerHTML = await slipHistory(id, { id: details.dataset.meilenstein }, moment());
  } catch (e) {
    body.innerHTML = `<p>Der Verlauf konnte nicht geladen werden: ${esc(e.message)}</p>`;
  }
}

function renderKpis(kpis) {
  state.charts.splice(0).forEach((chart) => chart.destroy());
  const target = document.getElementById('kennzahlen');
  if (!kpis.length) {
    target.innerHTML = '<p>Noch keine Kennzahlen definiert.</p>';
    return;
  }
  target.innerHTML = kpis.map((k) => {
    const series = state.series[k.id];
    const points = series ? series.corrected : [];
    const track = k.onTrack === null || k.onTrack === undefined ? 'ohne Urteil (kein Ziel oder kein Wert)' : k.onTrack ? '● im Plan' : '■ nicht im Plan';
    return `<section id="kpi-${esc(k.id)}" aria-labelledby="kpi-titel-${esc(k.id)}">
      <h3 id="kpi-titel-${esc(k.id)}">${esc(k.name)}${k.unit ? ` (${esc(k.unit)})` : ''}</h3>
      <dl class="angaben">
        <dt>Richtung</dt><dd>${esc(DIRECTION[k.direction] || k.direction)}</dd>
        <dt>Ausgangswert</dt><dd>${number(k.baseline)}</dd>
        <dt>Ziel</dt><dd>${number(k.target)}${k.targetDate ? ` bis ${date(k.targetDate)}` : ''}</dd>
        <dt>Letzter Wert</dt><dd>${k.latestValue === null || k.latestValue === undefined ? 'noch kein Wert' : `${number(k.latestValue)} (gemessen am ${date(k.latestObservedOn)}) – ${track}`}</dd>
      </dl>
      ${points.length ? `<div class="diagramm"><canvas id="kpi-diagramm-${esc(k.id)}" role="img" aria-label="Liniendiagramm der Messwerte von ${esc(k.name)} mit Ziellinie; die Tabelle darunter enthält die Werte."></canvas></div>
      <div class="tabelle"><table class="karten">
        <caption>Messwerte von ${esc(k.name)}</caption>
        <thead><tr><th scope="col">Gemessen am</th><th scope="col" class="zahl">Wert</th><th scope="col" class="zahl">Erwartet (Weg zum Ziel)</th><th scope="col">Im Plan</th><th scope="col">Erfasst</th><th scope="col">Korrigiert</th></tr></thead>
        <tbody>${points.map((p) => `<tr><th scope="row">${date(p.observedOn)}</th><td data-label="Wert" class="zahl">${number(p.value)}</td><td data-label="Erwartet" class="zahl">${number(p.expected)}</td>
          <td data-label="Im Plan">${p.onTrack === null || p.onTrack === undefined ? '–' : p.onTrack ? 'ja' : 'nein'}</td><td data-label="Erfasst">${dateTime(p.recordedAt)}</td><td data-label="Korrigiert">${p.correctedAt ? dateTime(p.correctedAt) : '–'}</td></tr>`).join('')}</tbody>
      </table></div>
      ${series.corrections.length ? `<p>Korrekturen: ${series.corrections.map((c) => `${number(c.previousValue)} → ${number(c.value)} am ${dateTime(c.correctedAt)} („${esc(c.reason)}“)`).join('; ')}</p>` : ''}`
    : '<p>Noch keine Messwerte erfasst.</p>'}
    </section>`;
  }).join('');
  for (const k of kpis) {
    const series = state.series[k.id];
    if (!series || !series.corrected.length) continue;
    const chart = kpiChart(document.getElementById(`kpi-diagramm-${k.id}`), {
      points: series.corrected, target: k.target, baseline: k.baseline, definedOn: series.definedOn, targetDate: k.targetDate, unit: k.unit,
    });
    if (chart) state.charts.push(chart);
  }
}

function renderHistory(history) {
  const target = document.getElementById('verlauf');
  if (!history.items.length) {
    target.innerHTML = '<p>Noch keine Einträge.</p>';
    return;
  }
  target.innerHTML = `<ol class="zeitleiste" id="zeitleiste" aria-label="Verlauf, neueste Änderung zuerst">${history.items.map((e) => {
    const who = [e.actorUnit, e.actorId ? `Kennung ${e.actorId}` : null].filter(Boolean).join(', ') || 'unbekannt';
    return `<li><span class="wann"><time datetime="${esc(e.occurredAt)}">${dateTime(e.occurredAt)}</time> · ${esc(who)}${e.source ? ' · Quelle: ' + esc(SOURCE[e.source] || e.source) : ''}</span>
      ${esc(e.summary)}${e.reason ? `<br><span>Begründung: „${esc(e.reason)}“</span>` : ''}</li>`;
  }).join('')}</ol>${history.totalItems > history.items.length ? `<p class="hinweis">Gezeigt werden die neuesten ${history.items.length} von ${history.totalItems} Einträgen.</p>` : ''}`;
}

/** Whether any form holds input the person has not sent yet. */
function dirty() {
  return [...document.querySelectorAll('#formulare form')].some((form) => form.dataset.version);
}

function renderForms(force) {
  const section = document.getElementById('aendern');
  const allowed = permissions(state.user, state.measure);
  if (inPast() || !allowed.any && !allowed.reopen) {
    section.hidden = true;
    return;
  }
  if (dirty() && !force) return;
  section.hidden = false;
  const container = document.getElementById('formulare');
  const open = [...container.querySelectorAll('details[open]')].map((d) => d.dataset.aktion);
  container.innerHTML = actionForms(state.measure, allowed, state.series);
  container.querySelectorAll('details').forEach((d) => { d.open = open.includes(d.dataset.aktion); });
  container.querySelectorAll('form').forEach(wire);
}

function wire(form) {
  const valueChoice = form.elements.namedItem('valueId');
  if (valueChoice) {
    valueChoice.addEventListener('change', () => {
      form.elements.namedItem('kpiId').value = valueChoice.selectedOptions[0].dataset.kpi;
    });
  }
  form.addEventListener('input', () => {
    if (!form.dataset.version) form.dataset.version = state.version;
  });
  form.addEventListener('change', () => {
    if (!form.dataset.version) form.dataset.version = state.version;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit(form);
  });
}

async function submit(form) {
  clearErrors(form);
  const body = values(form);
  if (body.collaborator) {
    [body.kind, body.name] = [body.collaborator.split('|')[0], body.collaborator.split('|').slice(1).join('|')];
    delete body.collaborator;
  }
  let path = form.dataset.pfad
    .replace('{mid}', encodeURIComponent(body.milestoneId || ''))
    .replace('{kid}', encodeURIComponent(body.kpiId || ''))
    .replace('{vid}', encodeURIComponent(body.valueId || ''));
  delete body.milestoneId;
  delete body.kpiId;
  delete body.valueId;
  for (const key of ['priority', 'value', 'baseline', 'target', 'percentComplete']) {
    if (typeof body[key] === 'string' && body[key] !== '') body[key] = Number(body[key].replace(',', '.'));
  }
  const expected = form.dataset.version || state.version;
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  const method = form.dataset.methode || 'POST';
  if (method === 'DELETE') path += query(body);
  const answer = await request(`/api/v1/measures/${encodeURIComponent(id)}${path}`, { method, body: method === 'DELETE' ? undefined : body, ifMatch: expected });
  button.disabled = false;
  if (answer.ok) {
    delete form.dataset.version;
    form.reset();
    announce(`Gespeichert: ${form.dataset.titel}.`, 'ok');
    await load(answer.data.version);
    renderForms(true);
    return;
  }
  if (answer.status === 412) {
    const latest = await request(`/api/v1/measures/${encodeURIComponent(id)}`);
    const now = latest.ok ? latest.data.version : '?';
    showErrors(form, { errors: [], detail: `Jemand anderes hat diese Maßnahme geändert, während Sie das Formular ausgefüllt haben (Ihr Stand: Version ${expected}, jetzt: Version ${now}). Ihre Eingabe wurde nicht gespeichert und steht weiter im Formular. Bitte prüfen Sie den neuen Stand oben und senden Sie dann erneut.` });
    announce('Nicht gespeichert: Die Maßnahme wurde inzwischen geändert. Die Anzeige zeigt jetzt den neuen Stand.', 'warnung');
    if (latest.ok) {
      await load();
      form.dataset.version = now;
    }
    return;
  }
  showErrors(form, answer.problem);
  announce(answer.status === 403 ? 'Keine Berechtigung für diese Änderung.' : 'Nicht gespeichert. Bitte die markierten Angaben prüfen.', 'fehler-gesamt');
}

async function poll() {
  if (document.hidden || inPast() || state.version === null) return;
  const answer = await request(`/api/v1/measures/${encodeURIComponent(id)}`, { ifNoneMatch: state.version });
  if (!answer.ok || answer.status === 304 || !answer.data || answer.data.version === state.version) return;
  const typing = dirty();
  await load();
  if (typing) {
    announce(`Die Maßnahme wurde soeben von anderer Stelle geändert (jetzt Version ${state.version}); die Anzeige ist aktualisiert. Ihre begonnene Eingabe bleibt erhalten und wird beim Absenden gegen den neuen Stand geprüft.`, 'warnung');
  } else {
    announce(`Die Maßnahme wurde soeben von anderer Stelle geändert; die Anzeige zeigt Version ${state.version}.`, 'info');
  }
}

if (!id) {
  document.getElementById('massnahme').innerHTML = '<p>Keine Maßnahme angegeben. <a href="/massnahmen">Zur Liste der Maßnahmen</a></p>';
} else {
  header().then((user) => {
    state.user = user;
    picker(() => load());
    load(new URLSearchParams(location.search).get('minVersion') || undefined).then(() => {
      if (new URLSearchParams(location.search).has('angelegt')) announce('Die Maßnahme wurde angelegt.', 'ok');
    });
    setInterval(poll, POLL_MS);
  });
}

