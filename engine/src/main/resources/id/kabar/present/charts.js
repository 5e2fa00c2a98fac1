// Charts: every <script type="application/json" data-chart="ID"> block holds the data of one chart, drawn with
// uPlot into the element with that id. Labels and titles are set as text, never as markup.
(function () {
  if (typeof uPlot === 'undefined') { return; }
  var COLOURS = ['#0b6e8a', '#d1495b', '#b7791f', '#3d8b5a', '#8d5a97', '#2e4057', '#e07a5f', '#7c8896'];
  var HEIGHT = 220;
  var DAY = 86400;

  function day(sec) { return new Date(sec * 1000).toISOString().slice(0, 10); }
  function lastOfMonth(sec) {
    var d = new Date(sec * 1000);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
  }
  function widthOf(box) { return Math.max(260, box.clientWidth); }

  // A search chart: dragging across days (or clicking one) narrows the search to them.
  function narrow(data, first, last) {
    var to = data.unit === 'month' ? lastOfMonth(data.x[last]) : day(data.x[last]);
    var sep = data.select.indexOf('?') < 0 ? '?' : '&';
    window.location.href = data.select + sep + 'from=' + day(data.x[first]) + '&to=' + to;
  }

  // A timeline's caption: the events of the day under the cursor, each a link to its entry in the list.
  function caption(box, data, idx) {
    var p = box.querySelector('.chart-caption');
    if (!p) { p = document.createElement('p'); p.className = 'chart-caption'; box.appendChild(p); }
    while (p.firstChild) { p.removeChild(p.firstChild); }
    if (idx == null) { return; }
    p.appendChild(document.createTextNode(day(data.x[idx]) + ': '));
    data.events[idx].forEach(function (e, i) {
      if (i > 0) { p.appendChild(document.createTextNode(' · ')); }
      var a = document.createElement('a');
      a.href = '#' + encodeURIComponent(e.anchor);
      a.textContent = e.title;
      p.appendChild(a);
    });
  }

  function draw(block) {
    var box = document.getElementById(block.getAttribute('data-chart'));
    var data = JSON.parse(block.textContent);
    if (!box || !data.x || data.x.length === 0) { return; }
    var timeline = data.kind === 'timeline';
    var byMonth = data.unit === 'month';
    function label(v) { return byMonth ? day(v).slice(0, 7) : day(v); }
    var series = [{ label: data.day, value: function (u, v) { return v == null ? '' : label(v); } }];
    data.series.forEach(function (s, i) {
      series.push({
        label: s.label, stroke: COLOURS[i % COLOURS.length], width: 2,
        paths: timeline ? function () { return null; } : undefined,
        points: { show: timeline || data.x.length < 40, size: timeline ? 9 : 5, fill: COLOURS[i % COLOURS.length] }
      });
    });
    var opts = {
      width: widthOf(box), height: HEIGHT, series: series,
      // room on the right for the last day's label, which is centred on the chart's edge
      padding: [12, 40, 0, 0],
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'); },
      // a day (a month) of room either side, so that a single day is a point in the middle, not a span of years
      scales: {
        // from the data's own days: uPlot stretches a single day to a thousand
        x: { time: true, range: function () { var pad = byMonth ? 16 * DAY : DAY; return [data.x[0] - pad, data.x[data.x.length - 1] + pad]; } },
        y: { range: function (u, min, max) { return [0, Math.max(1, max) * 1.1]; } }
      },
      // ticks on whole days (months), labelled as the page writes days
      axes: [{
        space: 90,
        incrs: byMonth ? [31 * DAY, 92 * DAY, 366 * DAY] : [DAY, 2 * DAY, 7 * DAY, 14 * DAY, 31 * DAY, 92 * DAY, 366 * DAY],
        values: function (u, splits) { return splits.map(label); }
      }, { size: 40 }],
      cursor: { drag: { x: !timeline, y: false, setScale: false } },
      hooks: {}
    };
    if (timeline) {
      opts.hooks.setCursor = [function (u) { if (u.cursor.idx != null) { caption(box, data, u.cursor.idx); } }];
    } else {
      opts.hooks.setSelect = [function (u) {
        if (u.select.width > 0) {
          narrow(data, u.valToIdx(u.posToVal(u.select.left, 'x')), u.valToIdx(u.posToVal(u.select.left + u.select.width, 'x')));
        }
      }];
    }
    var chart = new uPlot(opts, [data.x].concat(data.series.map(function (s) { return s.values; })), box);
    chart.over.addEventListener('click', function () {
      var idx = chart.cursor.idx;
      if (idx == null) { return; }
      if (timeline) {
        window.location.hash = encodeURIComponent(data.events[idx][0].anchor);
      } else if (chart.select.width === 0) {
        narrow(data, idx, idx);
      }
    });
    if (timeline) { caption(box, data, data.x.length - 1); }
    window.addEventListener('resize', function () { chart.setSize({ width: widthOf(box), height: HEIGHT }); });
  }

  document.querySelectorAll('script[type="application/json"][data-chart]').forEach(draw);
})();
