// The frame every page shares, written once: skip link, header with the main navigation and the
// sign-in area, footer, and the "Stand am" / "Wissensstand vom" picker where a page has a
// <div data-zeitpunkt></div>. Every page module imports this first, so the frame stands before
// the page's own code looks for #session or #zeitpunkt. No build step: plain HTML in a template.

const PAGES = [
  { path: '/', label: 'Übersicht', also: [] },
  { path: '/massnahmen', label: 'Maßnahmen', also: ['/massnahme'] },
  { path: '/pruefung', label: 'Prüfung', also: [], role: 'AUDITOR' },
];

function current(page) {
  const here = location.pathname.replace(/\.html$/, '').replace(/^\/index$/, '/');
  return here === page.path || page.also.includes(here);
}

const navigation = PAGES.map((page) => `<li${page.role ? ` data-role="${page.role}" hidden` : ''}><a href="${page.path}"${current(page) ? ' aria-current="page"' : ''}>${page.label}</a></li>`).join('');

const HEADER = `<a class="skip" href="#inhalt">Zum Inhalt springen</a>
  <header class="kopf">
    <div class="innen">
      <a class="marke" href="/">Strategy Tracker · Digitalstrategie Aachen</a>
      <nav class="haupt" aria-label="Hauptnavigation"><ul>${navigation}</ul></nav>
      <div id="session" aria-label="Anmeldung"></div>
    </div>
  </header>`;

const FOOTER = `<footer class="fuss">
    <p>Strategy Tracker – Fortschritt der Digitalstrategie. Jede Änderung wird mit Zeitpunkt, Fachbereich und Begründung gespeichert.
      <a href="/swagger-ui/index.html">Programmierschnittstelle (API)</a></p>
  </footer>`;

const PICKER = `<form id="zeitpunkt" class="zeitpunkt" aria-label="Zeitpunkt der Ansicht">
      <div class="zeile">
        <div class="feld"><label for="asOf">Stand am</label><input type="date" id="asOf" name="asOf"></div>
        <div class="feld"><label for="knownAt">Wissensstand vom</label><input type="datetime-local" id="knownAt" name="knownAt"></div>
        <button type="submit">Anzeigen</button>
        <button type="button" class="zweitrangig" data-heute>Heute</button>
      </div>
      <p class="hinweis">„Stand am“ zeigt, wie es an diesem Tag stand; „Wissensstand vom“ zeigt, was man zu diesem Zeitpunkt darüber wusste (spätere Korrekturen bleiben außen vor).</p>
    </form>`;

document.body.insertAdjacentHTML('afterbegin', HEADER);
document.body.insertAdjacentHTML('beforeend', FOOTER);
document.querySelectorAll('[data-zeitpunkt]').forEach((placeholder) => {
  placeholder.outerHTML = PICKER;
});
