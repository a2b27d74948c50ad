// Chart.js, served by the app from its webjar, with the settings every chart here shares: no
// animation (slow PCs, stable screenshots), German numbers, a text table next to each chart.

/**
 * Every colour a chart draws on its white background. Each keeps at least 3:1 contrast to white
 * (WCAG 1.4.11, checked by ChartPaletteContrastTest); statuses also differ by hatching, and the
 * tables beside the charts carry the same numbers as text.
 */
export const PALETTE = {
  PLANNED: '#6f6f6f', IN_PROGRESS: '#00548f', ON_HOLD: '#9c6100', COMPLETED: '#1d5e20', CANCELLED: '#8a8a8a',
  fortschritt: '#00548f', wert: '#00548f', ziel: '#8b1a1a',
};

/** Hatching for the statuses that would otherwise differ from a neighbour by shade alone. */
const HATCH = { CANCELLED: 'diagonal', ON_HOLD: 'horizontal' };

function fill(key) {
  const colour = PALETTE[key] || PALETTE.fortschritt;
  const kind = HATCH[key];
  if (!kind) return colour;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const pen = tile.getContext('2d');
  pen.fillStyle = colour;
  pen.fillRect(0, 0, 8, 8);
  pen.strokeStyle = '#ffffff';
  pen.lineWidth = 1.5;
  pen.beginPath();
  if (kind === 'diagonal') {
    pen.moveTo(0, 8);
    pen.lineTo(8, 0);
  } else {
    pen.moveTo(0, 4);
    pen.lineTo(8, 4);
  }
  pen.stroke();
  return pen.createPattern(tile, 'repeat');
}

function available() {
  return typeof window.Chart === 'function';
}

/** A bar chart; onClick(index, datasetKey) makes each bar a link. */
export function barChart(canvas, { labels, datasets, horizontal = false, stacked = false, onClick }) {
  if (!available() || !canvas) return null;
  return new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: datasets.map((d) => ({ label: d.label, data: d.data, key: d.key, backgroundColor: fill(d.key), borderColor: PALETTE[d.key] || PALETTE.fortschritt, borderWidth: 1 })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      locale: 'de-DE',
      scales: { x: { stacked, ticks: { precision: 0 } }, y: { stacked, ticks: { precision: 0 } } },
      plugins: { legend: { display: datasets.length > 1, position: 'bottom' } },
      onClick: (event, elements, chart) => {
        if (onClick && elements.length) {
          const element = elements[0];
          onClick(element.index, chart.data.datasets[element.datasetIndex].key);
        }
      },
      onHover: (event, elements) => {
        event.native.target.style.cursor = elements.length ? 'pointer' : 'default';
      },
    },
  });
}

/** A KPI over time: values as a line, the target as a dashed line. */
export function kpiChart(canvas, { points, target, baseline, definedOn, targetDate, unit }) {
  if (!available() || !canvas) return null;
  const values = points.map((p) => ({ x: Date.parse(p.observedOn), y: Number(p.value) }));
  const datasets = [{ label: `Messwert${unit ? ' (' + unit + ')' : ''}`, data: values, borderColor: PALETTE.wert, backgroundColor: PALETTE.wert, pointStyle: 'circle', pointRadius: 4 }];
  if (target !== null && target !== undefined) {
    const xs = values.map((v) => v.x);
    const start = definedOn ? Date.parse(definedOn) : Math.min(...xs, Date.now());
    const end = targetDate ? Date.parse(targetDate) : Math.max(...xs, Date.now());
    const from = baseline !== null && baseline !== undefined ? Number(baseline) : Number(target);
    datasets.push({
      label: 'Weg zum Ziel', data: [{ x: start, y: from }, { x: end, y: Number(target) }],
      borderColor: PALETTE.ziel, backgroundColor: PALETTE.ziel, borderDash: [6, 4], pointStyle: 'rectRot', pointRadius: 5,
    });
  }
  const formatDay = (ms) => new Date(ms).toLocaleDateString('de-DE');
  return new window.Chart(canvas, {
    type: 'line',
    data: { datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      locale: 'de-DE',
      parsing: false,
      scales: { x: { type: 'linear', ticks: { callback: formatDay, maxTicksLimit: 6 } } },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { title: (items) => formatDay(items[0].parsed.x) } },
      },
    },
  });
}
