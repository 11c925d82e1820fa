/// The page's one script, written by hand, with no library: it reads the data (``ExplorerData``) and drives the SVG
/// Graphviz drew, addressing actors and lines by their ``RedesGraphviz/DiagramIdentifiers`` ids. It lays nothing
/// out and formats no number: every word and number comes from the data, in the page's language. User text reaches
/// the page through `textContent` only.
enum ExplorerScript {
    static let source = #"""

(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('data').textContent);
  var NS = 'http://www.w3.org/2000/svg', XLINK = 'http://www.w3.org/1999/xlink';
  function $(id) { return document.getElementById(id); }
  function t(key) {
    var s = D.text[key] || '';
    for (var i = 1; i < arguments.length; i++) s = s.split('{' + i + '}').join(String(arguments[i]));
    return s;
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function sv(tag, attrs) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function fold(s) { return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  function list(items) {
    if (items.length < 2) return items.join('');
    return items.slice(0, -1).join(', ') + D.text.listAnd + items[items.length - 1];
  }
  function some(items, limit) {
    return items.length <= limit ? list(items) : items.slice(0, limit).join(', ') + ' ' + t('andMore', items.length - limit);
  }

  var actorById = {}, actorByElement = {}, arrangementByElement = {};
  D.actors.forEach(function (a) {
    actorById[a.id] = a; actorByElement[a.element] = a;
    a.folded = fold([a.name, a.full_name || '', a.id].join(' '));
  });
  Object.keys(D.arrangements).forEach(function (k) { arrangementByElement[D.arrangements[k].element] = D.arrangements[k]; });

  var drawing = $('drawing'), search = $('search'), results = $('results'), viewSelect = $('view'), sizeSelect = $('size');
  var statusLine = $('status'), legend = $('legend'), panel = $('panel'), panelTitle = $('panel-title');
  var panelBody = $('panel-body'), panelClose = $('panel-close'), tip = $('tip');
  var baseSVG = drawing.querySelector('svg').cloneNode(true);
  var state = { view: 0, selected: null, box: null, home: null };
  var cur = null;

  // ---- Drawings -------------------------------------------------------------------------------------------------
  function mount(index) {
    var source = index === 0 ? baseSVG : $('view-' + index).content.querySelector('svg');
    var svg = source.cloneNode(true), old = drawing.querySelector('svg');
    if (old) drawing.replaceChild(svg, old); else drawing.appendChild(svg);
    var view = D.views[index];
    cur = { svg: svg, view: view, nodes: {}, lines: {}, data: {}, around: {} };
    svg.removeAttribute('width'); svg.removeAttribute('height');
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', t('drawingLabel', Object.keys(view.actors).length));
    var graphTitle = svg.querySelector('g.graph > title');
    if (graphTitle) graphTitle.remove();
    Array.prototype.forEach.call(svg.querySelectorAll('a'), function (a) { a.removeAttributeNS(XLINK, 'title'); });
    Array.prototype.forEach.call(svg.querySelectorAll('g.node'), function (g) {
      var actor = actorByElement[g.id], arrangement = arrangementByElement[g.id];
      var title = g.querySelector('title');
      if (actor) {
        if (title) title.textContent = actor.name;
        g.setAttribute('tabindex', '0');
        g.setAttribute('role', 'button');
        g.setAttribute('aria-label', t('actorLabel', actor.name, actor.bloc_name));
        cur.nodes[g.id] = g;
      } else if (arrangement) {
        if (title) title.textContent = arrangement.kind_label + ': ' + arrangement.name;
        cur.nodes[g.id] = g;
      } else {
        g.setAttribute('aria-hidden', 'true');
      }
    });
    Array.prototype.forEach.call(svg.querySelectorAll('g.edge'), function (g) {
      var line = view.lines[g.id] || D.views[0].lines[g.id];
      g.setAttribute('aria-hidden', 'true');
      var title = g.querySelector('title');
      if (title) title.remove();
      if (!line) return;
      var path = g.querySelector('path');
      if (path) {
        var hit = path.cloneNode(false);
        hit.setAttribute('class', 'hit'); hit.setAttribute('stroke-width', '9'); hit.removeAttribute('stroke-dasharray');
        path.parentNode.insertBefore(hit, path);
      }
      cur.lines[g.id] = g;
      cur.data[g.id] = line;
      line.ends.forEach(function (end, i) {
        (cur.around[end] = cur.around[end] || []).push({ line: g.id, other: line.ends[1 - i] });
      });
    });
    Object.keys(cur.nodes).forEach(function (id) { centre(cur.nodes[id]); });
    var vb = svg.getAttribute('viewBox').split(/[\s,]+/).map(Number);
    drawing.style.setProperty('--drawing-ratio', vb[2] + ' / ' + vb[3]);
    // A small drawing is not blown up: at most 1.6 pixels per point at first (labels stay near their printed size).
    var k = Math.max(1, Math.min(drawing.clientWidth / vb[2], drawing.clientHeight / vb[3]) / 1.6);
    state.home = { x: vb[0] - vb[2] * (k - 1) / 2, y: vb[1] - vb[3] * (k - 1) / 2, w: vb[2] * k, h: vb[3] * k };
    if (!state.box) state.box = Object.assign({}, state.home);
    applyBox();
  }

  function centre(g) {
    if (!g.redesCentre) {
      var b = g.getBBox();
      g.redesCentre = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }
    return g.redesCentre;
  }

  function refresh() {
    applySize(); applyFilters(); applySearch(); applySelection(); renderLegend();
    $('view-summary').textContent = cur.view.summary;
  }

  // ---- Pan and zoom ---------------------------------------------------------------------------------------------
  function applyBox() {
    var b = state.box;
    cur.svg.setAttribute('viewBox', [b.x, b.y, b.w, b.h].map(function (v) { return Math.round(v * 100) / 100; }).join(' '));
  }
  function toDrawing(clientX, clientY) {
    var m = cur.svg.getScreenCTM().inverse(), p = cur.svg.createSVGPoint();
    p.x = clientX; p.y = clientY;
    return p.matrixTransform(m);
  }
  function zoom(factor, at) {
    var b = state.box, h = state.home;
    var w = Math.min(Math.max(b.w / factor, h.w / 25), h.w * 3);
    var k = w / b.w;
    var c = at || { x: b.x + b.w / 2, y: b.y + b.h / 2 };
    state.box = { x: c.x - (c.x - b.x) * k, y: c.y - (c.y - b.y) * k, w: w, h: b.h * k };
    applyBox();
  }
  function pan(dx, dy) { state.box.x += dx; state.box.y += dy; applyBox(); }
  function fit() { state.box = Object.assign({}, state.home); applyBox(); }
  function showNode(g) {
    var m = cur.svg.getScreenCTM().inverse().multiply(g.getScreenCTM()), c = centre(g), b = state.box;
    var x = m.a * c.x + m.c * c.y + m.e, y = m.b * c.x + m.d * c.y + m.f;
    if (x < b.x || x > b.x + b.w || y < b.y || y > b.y + b.h) { state.box.x = x - b.w / 2; state.box.y = y - b.h / 2; applyBox(); }
  }

  var pointers = {}, drag = null;
  drawing.addEventListener('pointerdown', function (e) {
    if (e.button !== 0) return;
    pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
    drag = { x: e.clientX, y: e.clientY, moved: false, id: e.pointerId };
  });
  drawing.addEventListener('pointermove', function (e) {
    var p = pointers[e.pointerId];
    if (!p) return;
    var ids = Object.keys(pointers);
    if (ids.length === 2) {
      var o = pointers[ids[0] == e.pointerId ? ids[1] : ids[0]];
      var before = Math.hypot(p.x - o.x, p.y - o.y), after = Math.hypot(e.clientX - o.x, e.clientY - o.y);
      if (before > 0 && after > 0) zoom(after / before, toDrawing((e.clientX + o.x) / 2, (e.clientY + o.y) / 2));
      if (drag) drag.moved = true;
    } else if (drag && drag.id === e.pointerId) {
      if (!drag.moved && Math.hypot(e.clientX - drag.x, e.clientY - drag.y) < 4) return;
      if (!drag.moved) { drag.moved = true; drawing.setPointerCapture(e.pointerId); drawing.classList.add('panning'); hideTip(); }
      var a = toDrawing(p.x, p.y), b = toDrawing(e.clientX, e.clientY);
      pan(a.x - b.x, a.y - b.y);
    }
    p.x = e.clientX; p.y = e.clientY;
  });
  function release(e) {
    delete pointers[e.pointerId];
    drawing.classList.remove('panning');
    if (drag && drag.id === e.pointerId) setTimeout(function () { drag = null; }, 0);
  }
  drawing.addEventListener('pointerup', release);
  drawing.addEventListener('pointercancel', release);
  drawing.addEventListener('wheel', function (e) {
    e.preventDefault();
    zoom(Math.pow(1.0015, -e.deltaY * (e.deltaMode === 1 ? 16 : 1)), toDrawing(e.clientX, e.clientY));
  }, { passive: false });
  $('zoom-in').addEventListener('click', function () { zoom(1.4); });
  $('zoom-out').addEventListener('click', function () { zoom(1 / 1.4); });
  $('zoom-fit').addEventListener('click', fit);

  // ---- Actors: hover, click, keyboard --------------------------------------------------------------------------
  function nodeOf(target) {
    var g = target && target.closest ? target.closest('g.node') : null;
    return g && cur.nodes[g.id] ? g : null;
  }
  function lineOf(target) {
    var g = target && target.closest ? target.closest('g.edge') : null;
    return g && cur.lines[g.id] ? g : null;
  }
  function nameOf(element) {
    var a = actorByElement[element];
    if (a) return a.name;
    var g = arrangementByElement[element];
    return g ? g.name : element;
  }
  function highlight(g) {
    cur.svg.classList.toggle('hovering', !!g);
    Array.prototype.forEach.call(cur.svg.querySelectorAll('.near'), function (n) { n.classList.remove('near'); });
    if (!g) return;
    g.classList.add('near');
    (cur.around[g.id] || []).forEach(function (n) {
      if (cur.lines[n.line]) cur.lines[n.line].classList.add('near');
      if (cur.nodes[n.other]) cur.nodes[n.other].classList.add('near');
    });
  }
  function channelText(key) {
    var g = D.arrangements[key];
    if (g) return g.name + ' (' + g.kind_label + ', ' + g.evidence.label + ')';
    var tie = D.ties[key];
    return tie ? tie.label + ' (' + tie.evidence.label + ')' : key;
  }
  function showTip(lines, x, y) {
    tip.replaceChildren();
    lines.forEach(function (line, i) { tip.appendChild(el(i === 0 ? 'strong' : 'span', null, line)); });
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.max(4, Math.min(x + 14, window.innerWidth - w - 4)) + 'px';
    tip.style.top = Math.max(4, Math.min(y + 14, window.innerHeight - h - 4)) + 'px';
  }
  function hideTip() { tip.hidden = true; }
  // The tip is fixed to the window: once the page or a column scrolls it no longer points at its actor.
  window.addEventListener('scroll', hideTip, true);
  function nodeTip(g) {
    var around = visibleAround(g.id).map(function (n) { return nameOf(n.other); });
    return [nameOf(g.id), t('panelNeighbours', around.length, some(around, 8))];
  }
  function lineTip(g) {
    var line = cur.data[g.id];
    return [nameOf(line.ends[0]) + ' — ' + nameOf(line.ends[1]), t('tipChannels', list(line.channels.map(channelText)))];
  }
  function visibleAround(id) {
    return (cur.around[id] || []).filter(function (n) {
      return !cur.lines[n.line].classList.contains('off');
    });
  }
  drawing.addEventListener('pointerover', function (e) {
    if (drag && drag.moved) return;
    var g = nodeOf(e.target);
    if (g) { highlight(g); showTip(nodeTip(g), e.clientX, e.clientY); return; }
    var l = lineOf(e.target);
    if (l) { highlight(null); showTip(lineTip(l), e.clientX, e.clientY); return; }
  });
  drawing.addEventListener('pointerout', function (e) {
    if (!nodeOf(e.relatedTarget) && !lineOf(e.relatedTarget)) { highlight(null); hideTip(); }
  });
  drawing.addEventListener('click', function (e) {
    if (drag && drag.moved) return;
    var g = nodeOf(e.target);
    if (g && actorByElement[g.id]) select(actorByElement[g.id].id, false);
  });
  drawing.addEventListener('focusin', function (e) {
    var g = nodeOf(e.target);
    if (g) {
      highlight(g); showNode(g);
      var r = g.getBoundingClientRect();
      showTip(nodeTip(g), r.right, r.bottom);
    }
  });
  drawing.addEventListener('focusout', function () { highlight(null); hideTip(); });
  drawing.addEventListener('keydown', function (e) {
    var g = nodeOf(e.target), step = state.box.w / 10;
    if (g && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      if (actorByElement[g.id]) select(actorByElement[g.id].id, true);
      return;
    }
    var keys = { '+': function () { zoom(1.4); }, '=': function () { zoom(1.4); }, '-': function () { zoom(1 / 1.4); },
                 '0': fit, ArrowLeft: function () { pan(-step, 0); }, ArrowRight: function () { pan(step, 0); },
                 ArrowUp: function () { pan(0, -step); }, ArrowDown: function () { pan(0, step); },
                 Escape: function () { select(null, false); } };
    if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
  });

  // ---- Filters --------------------------------------------------------------------------------------------------
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
  function hidden() {
    var off = { bloc: {}, territory: {}, sector: {}, kind: {}, status: {} };
    boxes.forEach(function (b) { if (!b.checked) off[b.getAttribute('data-filter')][b.value] = true; });
    return off;
  }
  function actorShown(a, off) {
    if (off.bloc[a.bloc] || off.sector[a.sector]) return false;
    if (a.territories.length === 0) return !off.territory[''];
    return a.territories.some(function (x) { return !off.territory[x]; });
  }
  function channelShown(key, off) {
    var g = D.arrangements[key];
    if (g) return !off.kind[g.kind] && !off.status[g.evidence.status];
    var tie = D.ties[key];
    return !tie || (!off.kind.tie && !off.status[tie.evidence.status]);
  }
  function applyFilters() {
    var off = hidden(), shown = 0, total = 0;
    Object.keys(cur.nodes).forEach(function (id) {
      var a = actorByElement[id], g = arrangementByElement[id], visible = true;
      if (a) { total++; visible = actorShown(a, off); if (visible) shown++; }
      else if (g) visible = channelShown('g:' + g.id, off);
      cur.nodes[id].classList.toggle('off', !visible);
    });
    Object.keys(cur.lines).forEach(function (id) {
      var line = cur.data[id];
      var visible = line.ends.every(function (end) { return !cur.nodes[end] || !cur.nodes[end].classList.contains('off'); })
        && (line.channels.length === 0 || line.channels.some(function (c) { return channelShown(c, off); }));
      cur.lines[id].classList.toggle('off', !visible);
    });
    statusLine.textContent = t('visibleActors', shown, total);
  }
  boxes.forEach(function (b) { b.addEventListener('change', function () { applyFilters(); renderLegend(); }); });
  Array.prototype.forEach.call(document.querySelectorAll('[data-all],[data-none]'), function (button) {
    button.addEventListener('click', function () {
      var group = button.getAttribute('data-all') || button.getAttribute('data-none'), on = button.hasAttribute('data-all');
      boxes.forEach(function (b) { if (b.getAttribute('data-filter') === group) b.checked = on; });
      applyFilters(); renderLegend();
    });
  });

  // ---- Search ---------------------------------------------------------------------------------------------------
  function applySearch() {
    var text = search.value.trim(), q = fold(text), matches = [];
    cur.svg.classList.toggle('searching', q.length > 0);
    Object.keys(cur.nodes).forEach(function (id) {
      var a = actorByElement[id], hit = !!(a && q && a.folded.indexOf(q) >= 0);
      cur.nodes[id].classList.toggle('match', hit);
      if (hit) matches.push(a);
    });
    results.replaceChildren();
    if (!q) return;
    results.appendChild(el('p', null, matches.length === 0 ? t('searchNone', text) : matches.length === 1 ? t('searchOne') : t('searchMany', matches.length)));
    var ul = el('ul');
    matches.slice(0, 12).forEach(function (a) {
      var li = el('li'), button = el('button', null, a.name);
      button.type = 'button';
      button.addEventListener('click', function () { select(a.id, true); });
      li.appendChild(button); ul.appendChild(li);
    });
    if (matches.length > 12) ul.appendChild(el('li', null, t('searchMore', matches.length - 12)));
    results.appendChild(ul);
  }
  search.addEventListener('input', applySearch);
  search.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter') return;
    var first = results.querySelector('button');
    if (first) { e.preventDefault(); first.click(); }
  });

  // ---- Size by --------------------------------------------------------------------------------------------------
  function applySize() {
    var key = sizeSelect.value, measureIndex = D.measures.findIndex(function (m) { return m.id === key; });
    Object.keys(cur.nodes).forEach(function (id) {
      var a = actorByElement[id], g = cur.nodes[id];
      var va = a && cur.view.actors[a.id], s = (measureIndex >= 0 && va && va.sizes[measureIndex]) || 1;
      if (s === 1) { g.removeAttribute('transform'); return; }
      var c = centre(g);
      g.setAttribute('transform', 'translate(' + c.x + ' ' + c.y + ') scale(' + s + ') translate(' + (-c.x) + ' ' + (-c.y) + ')');
    });
  }
  sizeSelect.addEventListener('change', function () { applySize(); renderLegend(); });

  // ---- Scenarios ------------------------------------------------------------------------------------------------
  viewSelect.addEventListener('change', function () {
    state.view = Number(viewSelect.value);
    mount(state.view);
    refresh();
    renderPanel();
  });

  // ---- Key ------------------------------------------------------------------------------------------------------
  function legendRows() {
    var rows = cur.view.legend.rows.slice(), key = sizeSelect.value;
    if (key && cur.view.size_rows[key]) rows.push({ title: cur.view.size_rows[key], entries: [] });
    var off = boxes.filter(function (b) { return !b.checked; }).map(function (b) { return b.getAttribute('data-label'); });
    if (off.length) rows.push({ title: t('filtersHidden', some(off, 12)), entries: [] });
    return rows;
  }
  function markSVG(mark, w, h) {
    var g = sv('g');
    if (mark.type === 'fill') g.appendChild(sv('rect', { x: w / 2 - 6, y: h / 2 - 5, width: 12, height: 10, fill: mark.color, stroke: '#333', 'stroke-width': 0.5 }));
    else if (mark.type === 'node') g.appendChild(sv('rect', { x: 3, y: h / 2 - 4.5, width: w - 6, height: 9, rx: mark.rounded ? 3 : 0, fill: mark.color, stroke: mark.border, 'stroke-width': mark.width }));
    else {
      var line = sv('line', { x1: 1, y1: h / 2, x2: w - 1, y2: h / 2, stroke: mark.color, 'stroke-width': mark.width });
      if (mark.style === 'dashed') line.setAttribute('stroke-dasharray', '5 3');
      if (mark.style === 'dotted') line.setAttribute('stroke-dasharray', '1.5 2.5');
      g.appendChild(line);
    }
    return g;
  }
  function renderLegend() {
    legend.replaceChildren();
    legend.appendChild(el('h2', null, t('legendTitle') + ': ' + cur.view.name));
    var ul = el('ul');
    legendRows().forEach(function (row) {
      var li = el('li');
      li.appendChild(el('span', 'row-title', row.title + (row.entries.length ? ':' : '')));
      row.entries.forEach(function (entry) {
        var key = el('span', 'key'), svg = sv('svg', { viewBox: '0 0 28 12', width: 28, height: 12, 'aria-hidden': 'true' });
        svg.appendChild(markSVG(entry.mark, 28, 12));
        key.appendChild(svg); key.appendChild(document.createTextNode(entry.label));
        li.appendChild(key);
      });
      ul.appendChild(li);
    });
    legend.appendChild(ul);
  }

  // ---- Panel ----------------------------------------------------------------------------------------------------
  function applySelection() {
    Object.keys(cur.nodes).forEach(function (id) {
      var a = actorByElement[id];
      cur.nodes[id].classList.toggle('selected', !!(a && a.id === state.selected));
    });
  }
  function select(id, fromKeyboard) {
    state.selected = id && actorById[id] ? id : null;
    applySelection();
    renderPanel();
    if (state.selected) {
      var g = cur.nodes[actorById[state.selected].element];
      if (g && !g.classList.contains('off')) showNode(g);
      if (fromKeyboard || window.matchMedia('(max-width: 900px)').matches) panelTitle.focus();
    } else if (!fromKeyboard) {
      drawing.focus();
    }
  }
  panelClose.addEventListener('click', function () {
    var id = state.selected;
    select(null, true);
    var g = id && cur.nodes[actorById[id].element];
    if (g && !g.classList.contains('off')) g.focus(); else drawing.focus();
  });
  panel.addEventListener('keydown', function (e) { if (e.key === 'Escape' && state.selected) panelClose.click(); });

  function evidenceBlock(parent, evidence) {
    if (evidence.quote) parent.appendChild(el('blockquote', null, '«' + evidence.quote + '»'));
    if (evidence.source) parent.appendChild(el('div', 'meta', t('sourceLine', evidence.source)));
    if (evidence.reason) parent.appendChild(el('div', 'meta', t('reasonLine', evidence.reason)));
  }
  function table(headers, rows, numeric) {
    var tableEl = el('table', headers && headers.length > 2 ? 'compare' : null);
    if (headers) {
      var head = el('tr'), thead = el('thead');
      headers.forEach(function (h, i) { var th = el('th', i > 0 && numeric ? 'num' : null, h); th.scope = 'col'; head.appendChild(th); });
      thead.appendChild(head); tableEl.appendChild(thead);
    }
    var body = el('tbody');
    rows.forEach(function (row) {
      var tr = el('tr');
      if (row.id) tr.setAttribute('data-metric', row.id);
      row.cells.forEach(function (cell, i) {
        var c = el(i === 0 ? 'th' : 'td', i > 0 && numeric ? 'num' : null, cell);
        if (i === 0) c.scope = 'row';
        tr.appendChild(c);
      });
      body.appendChild(tr);
    });
    tableEl.appendChild(body);
    return tableEl;
  }
  function sections(list) {
    list.forEach(function (section) {
      var box = el('div', 'section');
      if (section.id) box.setAttribute('data-section', section.id);
      box.appendChild(el('h3', null, section.title));
      if (section.items.length) {
        var ul = el('ul');
        section.items.forEach(function (item) { ul.appendChild(el('li', null, item)); });
        box.appendChild(ul);
      }
      if (section.rows.length) {
        var dl = el('dl');
        section.rows.forEach(function (row) {
          dl.appendChild(el('dt', null, row.label));
          row.values.forEach(function (value) { dl.appendChild(el('dd', null, value)); });
        });
        box.appendChild(dl);
      }
      panelBody.appendChild(box);
    });
  }
  function renderPanel() {
    panelBody.replaceChildren();
    var view = cur.view, id = state.selected;
    panel.classList.toggle('empty', !id);
    panelClose.hidden = !id;
    if (!id) {
      panelTitle.textContent = t('panelDiagnosis', view.name);
      panelBody.appendChild(el('p', null, view.summary));
      panelBody.appendChild(table(view.figure_headers, view.figures.map(function (r) { return { cells: r }; }), true));
      sections(view.sections);
      sections(D.overview);
      panelBody.appendChild(el('p', 'meta', t('panelEmpty')));
      return;
    }
    var actor = actorById[id], va = view.actors[id];
    panelTitle.textContent = actor.name;
    if (!va) { panelBody.appendChild(el('p', 'change', t('actorRemoved'))); return; }
    if (va.change === 1) panelBody.appendChild(el('p', 'change', t('actorAdded')));
    if (va.change === -1) panelBody.appendChild(el('p', 'change', t('actorRemoved')));
    if (va.metrics.length) {
      panelBody.appendChild(el('h3', null, t('panelMetrics', view.name)));
      panelBody.appendChild(table(null, D.metrics.map(function (m, i) { return { id: m.id, cells: [m.label, va.metrics[i]] }; }), true));
    }
    panelBody.appendChild(el('h3', null, t('panelAbout')));
    var dl = el('dl');
    actor.facts.forEach(function (f) { dl.appendChild(el('dt', null, f.label)); dl.appendChild(el('dd', null, f.value)); });
    panelBody.appendChild(dl);
    if (actor.evidence) {
      panelBody.appendChild(el('div', 'meta', actor.evidence.label));
      evidenceBlock(panelBody, actor.evidence);
    }
    var around = visibleAround(actor.element).map(function (n) { return nameOf(n.other); });
    panelBody.appendChild(el('p', null, t('panelNeighbours', around.length, some(around, 20))));
    // This drawing's sections (the board), or those of the network as it is when the scenario leaves them alone.
    sections(va.sections || (D.views[0].actors[id] || {}).sections || []);
    panelBody.appendChild(el('h3', null, t('panelArrangements', va.arrangements.length)));
    if (!va.arrangements.length) panelBody.appendChild(el('p', 'meta', t('noArrangements')));
    var ul = el('ul');
    va.arrangements.forEach(function (key) {
      var g = D.arrangements[key], li = el('li');
      li.appendChild(el('strong', null, g.name));
      li.appendChild(el('div', 'meta', g.kind_label + ' · ' + g.evidence.label + (g.lead === id ? ' · ' + t('leads') : '')));
      evidenceBlock(li, g.evidence);
      ul.appendChild(li);
    });
    panelBody.appendChild(ul);
    if (va.ties.length) {
      panelBody.appendChild(el('h3', null, t('panelTies', va.ties.length)));
      var tl = el('ul');
      va.ties.forEach(function (key) {
        var tie = D.ties[key], li = el('li'), other = actorById[tie.source === id ? tie.target : tie.source];
        li.appendChild(el('strong', null, other ? other.name : ''));
        li.appendChild(el('div', 'meta', tie.label + ' · ' + tie.evidence.label));
        evidenceBlock(li, tie.evidence);
        tl.appendChild(li);
      });
      panelBody.appendChild(tl);
    }
    sections(actor.sections);
  }

  // ---- Save and print -------------------------------------------------------------------------------------------
  var measure = document.createElement('canvas').getContext('2d');
  function textWidth(text, size, bold) {
    measure.font = (bold ? 'bold ' : '') + size + 'px "DejaVu Sans", Arial, sans-serif';
    return measure.measureText(text).width;
  }
  // The key drawn in SVG, `width` units wide: the title, then each row's words and marks, wrapped; one <text> per
  // run of words.
  function legendGroup(width) {
    var g = sv('g', { 'font-family': 'DejaVu Sans, Arial, sans-serif', fill: '#222' });
    var size = 11, line = 16, y = 0, x = 0, run = null;
    function flush() {
      if (run && run.text) {
        var node = sv('text', { x: Math.round(run.x * 100) / 100, y: y + 12, 'font-size': size });
        if (run.bold) node.setAttribute('font-weight', 'bold');
        if (run.colour) node.setAttribute('fill', run.colour);
        node.textContent = run.text;
        g.appendChild(node);
      }
      run = null;
    }
    function newline() { flush(); x = 0; y += line; }
    function word(w, bold, colour) {
      var advance = textWidth((run ? ' ' : '') + w, size, bold);
      if (x > 0 && x + advance > width) { newline(); advance = textWidth(w, size, bold); }
      if (!run) run = { x: x, text: '', bold: bold, colour: colour };
      run.text += (run.text ? ' ' : '') + w;
      x += advance;
    }
    function words(s, bold, colour) { s.split(' ').forEach(function (w) { word(w, bold, colour); }); flush(); }
    words(cur.view.legend.title + ' — ' + cur.view.name, true);
    legendRows().forEach(function (row) {
      newline();
      words(row.title + (row.entries.length ? ':' : ''), false, '#444');
      row.entries.forEach(function (entry) {
        if (x > 0 && x + 42 + textWidth(entry.label, size, false) > width) newline();
        var mark = markSVG(entry.mark, 28, 12);
        mark.setAttribute('transform', 'translate(' + (Math.round(x * 100) / 100 + 8) + ' ' + (y + 2) + ')');
        g.appendChild(mark);
        x += 40;
        word(entry.label, false);
        flush();
      });
    });
    flush();
    return { group: g, height: y + line + 4 };
  }
  // The current view as a standalone SVG: the drawing clipped to the view (a nested <svg>), what is filtered out left
  // out, the key below it.
  // What the screen shows: the view box grown to the drawing area's proportions, as the browser fits it.
  function visibleBox() {
    var b = state.box, ratio = drawing.clientWidth / Math.max(1, drawing.clientHeight);
    var w = Math.max(b.w, b.h * ratio), h = Math.max(b.h, b.w / ratio);
    return { x: b.x - (w - b.w) / 2, y: b.y - (h - b.h) / 2, w: w, h: h };
  }
  function exportSVG() {
    var clone = cur.svg.cloneNode(true), b = visibleBox();
    function r(v) { return Math.round(v * 100) / 100; }
    Array.prototype.forEach.call(clone.querySelectorAll('.off, .hit'), function (n) { n.remove(); });
    ['tabindex', 'role', 'aria-label', 'aria-hidden'].forEach(function (name) {
      Array.prototype.forEach.call(clone.querySelectorAll('[' + name + ']'), function (n) { n.removeAttribute(name); });
    });
    ['class', 'role', 'aria-label'].forEach(function (name) { clone.removeAttribute(name); });
    var scale = b.w / 640, key = legendGroup(640 - 16), pad = 8 * scale, height = b.h + key.height * scale + 2 * pad;
    clone.setAttribute('viewBox', [b.x, b.y, b.w, b.h].map(r).join(' '));
    clone.setAttribute('x', 0); clone.setAttribute('y', 0);
    clone.setAttribute('width', r(b.w)); clone.setAttribute('height', r(b.h));
    var out = sv('svg', { viewBox: [0, 0, r(b.w), r(height)].join(' '), width: r(b.w) + 'pt', height: r(height) + 'pt' });
    var titleNode = sv('title');
    titleNode.textContent = D.title + ' — ' + cur.view.name;
    out.appendChild(titleNode);
    out.appendChild(sv('rect', { x: 0, y: 0, width: r(b.w), height: r(height), fill: '#ffffff' }));
    out.appendChild(clone);
    key.group.setAttribute('transform', 'translate(' + r(pad) + ' ' + r(b.h + pad) + ') scale(' + scale + ')');
    out.appendChild(key.group);
    return { text: new XMLSerializer().serializeToString(out), width: b.w, height: height };
  }
  function download(blob, name) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob); a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
  }
  function fileName(ext) { return t('fileName') + (cur.view.id ? '-' + cur.view.id : '') + '.' + ext; }
  $('save-svg').addEventListener('click', function () {
    download(new Blob([exportSVG().text], { type: 'image/svg+xml' }), fileName('svg'));
  });
  $('save-png').addEventListener('click', function () {
    var svg = exportSVG(), img = new Image(), k = Math.min(3, 4000 / svg.width, 4000 / svg.height) * 96 / 72;
    img.onload = function () {
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(svg.width * k); canvas.height = Math.round(svg.height * k);
      var ctx = canvas.getContext('2d');
      ctx.fillStyle = '#ffffff'; ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      canvas.toBlob(function (blob) { download(blob, fileName('png')); }, 'image/png');
    };
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg.text);
  });
  $('print').addEventListener('click', function () { window.print(); });

  // ---- Phone width ----------------------------------------------------------------------------------------------
  var toggle = $('toggle-controls');
  toggle.addEventListener('click', function () {
    var open = !document.body.classList.contains('controls-open');
    document.body.classList.toggle('controls-open', open);
    toggle.setAttribute('aria-expanded', String(open));
  });

  mount(0);
  refresh();
  renderPanel();
  // For tests and the browser's console: the current view as a standalone SVG, and its lines with their ends and channels.
  window.redesExplorer = { exportSVG: function () { return exportSVG().text; }, lines: function () { return cur.data; } };
})();

"""#
}
