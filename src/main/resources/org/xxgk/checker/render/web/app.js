// The page of xxgk-checker: sends a report to POST /api/v1/check, draws the report's three tables in the layouts of
// GET /api/v1/formats (the rule set's formats/*.yaml: no label is written here) and marks the cells findings name.
// The same script renders a result as one file (the download, and each report's page of `check DIR --out`), from
// the data the server embeds in it (window.XXGK_EMBEDDED; org.xxgk.checker.render.ResultPage).
'use strict';
(function () {
  const SEVERITY_NAME = { ERROR: '错误', WARNING: '警告', INFO: '提示' };
  const SEVERITY_RANK = { ERROR: 0, WARNING: 1, INFO: 2 };
  const embedded = window.XXGK_EMBEDDED || null;
  const state = { formats: null, ruleSet: null, result: null, cells: {}, request: null };

  function $(id) { return document.getElementById(id); }

  /** An element with attributes and children; strings become text, never markup. */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat(Infinity)) {
      if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function sev(severity) { return 'sev-' + severity.toLowerCase(); }

  // ---- start-up ----

  if (embedded) {
    state.formats = embedded.formats;
    state.ruleSet = embedded.ruleSet;
    $('input').hidden = true;
    $('toolbar').querySelector('#download').hidden = true;
    $('footer').textContent = '本文件由 xxgk-checker ' + (embedded.generatedAt ? '于 ' + embedded.generatedAt + ' ' : '') + '生成'
      + (embedded.ruleSet ? '；规则集 sha256 ' + embedded.ruleSet.sha256 + '（' + embedded.ruleSet.rules + ' 条规则）' : '')
      + '。单击单元格或问题可查看比较的数值和依据。';
    showRuleSet();
    show(embedded.result);
  } else {
    loadHealth();
    loadFormats().then(loadHealth);
    $('check-form').addEventListener('submit', submit);
    $('download').addEventListener('click', download);
  }

  async function loadFormats() {
    for (;;) {
      const response = await fetch('api/v1/formats');
      if (response.ok) {
        state.formats = (await response.json()).formats;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  async function loadHealth() {
    const response = await fetch('health');
    const health = await response.json();
    state.ruleSet = health.ruleSet || null;
    showRuleSet(health);
  }

  function showRuleSet(health) {
    const line = $('ruleset');
    if (!state.ruleSet) {
      line.textContent = '规则集正在编译，请稍候…';
      return;
    }
    line.textContent = '规则集：' + state.ruleSet.rules + ' 条规则 · sha256 ' + state.ruleSet.sha256.slice(0, 12);
    if (health && health.status === 'DEGRADED') {
      line.append(el('span', { class: 'error' }, ' · 规则目录的最新修改无法编译，仍使用上一版规则'));
    }
  }

  // ---- checking ----

  async function submit(event) {
    event.preventDefault();
    const file = $('report-file').files[0];
    const text = $('report-text').value;
    const error = $('input-error');
    error.hidden = true;
    if (!file && !text.trim()) {
      showError('请粘贴年报全文或选择年报文件。');
      return;
    }
    const query = $('published').value ? 'published=' + encodeURIComponent($('published').value) : '';
    const request = { method: 'POST' };
    const previous = $('previous-file').files[0];
    if (file || previous) {
      request.body = new FormData();
      if (file) request.body.append('file', file, file.name);
      else request.body.append('file', new Blob([text], { type: 'text/plain;charset=utf-8' }), 'request');
      if (previous) request.body.append('previous', previous, previous.name);
    } else {
      request.headers = { 'Content-Type': 'text/plain; charset=utf-8' };
      request.body = text;
    }
    const button = $('check-button');
    button.disabled = true;
    button.textContent = '检查中…';
    try {
      // kept for the download, which has the server write the same check as one file
      state.request = { query: query, init: request };
      const response = await fetch('api/v1/check?include=facts' + (query ? '&' + query : ''), request);
      const body = await response.json();
      if (!response.ok) {
        showError(body.error || ('检查失败（HTTP ' + response.status + '）'));
        return;
      }
      if (!state.formats) await loadFormats();
      show(body);
    } catch (e) {
      showError('无法连接检查服务：' + e.message);
    } finally {
      button.disabled = false;
      button.textContent = '检查';
    }
  }

  function showError(message) {
    const error = $('input-error');
    error.textContent = message;
    error.hidden = false;
  }

  // ---- the result ----

  function show(result) {
    state.result = result;
    state.cells = cellMarks(result.findings);
    $('result').hidden = false;
    showVerdict(result);
    showTables(result);
    showFindings(result.findings);
    $('detail').replaceChildren(el('p', { class: 'muted' }, result.findings.length
      ? '单击标出的单元格或右侧的问题，查看比较的数值和依据。' : '未发现问题。'));
  }

  /**
   * Which cells each finding marks. An arithmetic finding (one with expected/actual) lists the printed total it
   * compared first and the parts after it: the total is marked, the parts are shown as taking part. Any other
   * finding marks every cell it names.
   */
  function cellMarks(findings) {
    const cells = {};
    const entry = (id) => cells[id] || (cells[id] = { severity: null, marks: [], involved: [] });
    findings.forEach((finding, index) => {
      const arithmetic = finding.expected !== undefined || finding.actual !== undefined;
      finding.cells.forEach((cell, position) => {
        const mark = entry(cell.id);
        if (arithmetic && position > 0) {
          mark.involved.push(index);
        } else {
          mark.marks.push(index);
          if (mark.severity === null || SEVERITY_RANK[finding.severity] < SEVERITY_RANK[mark.severity]) {
            mark.severity = finding.severity;
          }
        }
      });
    });
    return cells;
  }

  function showVerdict(result) {
    const pass = result.verdict === 'PASS';
    const report = result.report;
    const format = formatById(report.format);
    $('verdict').className = 'verdict ' + (pass ? 'pass' : 'fail');
    $('verdict').replaceChildren(
      el('div', {},
        el('span', { class: 'word', id: 'verdict-word' }, pass ? '通过' : '不通过'),
        '错误 ' + result.summary.error + ' · 警告 ' + result.summary.warning + ' · 提示 ' + result.summary.info),
      el('div', {}, report.title || '（未识别到标题）'),
      el('div', { class: 'muted' }, [
        result.source,
        format ? '格式：' + format.name : null,
      ].filter(Boolean).join(' · ')));
  }

  function formatById(id) {
    return (state.formats || []).find((format) => format.id === id) || null;
  }

  /** The report's tables in the order of its format, each in the layout it was read in. */
  function showTables(result) {
    const container = $('tables');
    container.replaceChildren();
    const facts = result.facts;
    if (!facts || !state.formats || !result.report.format) return;
    const format = formatById(facts.format) || state.formats[state.formats.length - 1];
    for (const expected of format.tables) {
      const read = facts.tables.find((table) => table.id === expected.table);
      const layout = read ? layoutByName(read.layout) || expected : expected;
      const section = el('section', { class: 'report-table', 'data-table': layout.table },
        el('h2', {}, layout.name + '　' + layout.title));
      if (!read) section.append(el('p', { class: 'note' }, '报告中未找到此表。'));
      section.append(el('div', { class: 'scroll' }, drawTable(layout, read ? read.cells : {})));
      container.append(section);
    }
  }

  function layoutByName(name) {
    const [formatId, layoutId] = name.split('/');
    const format = formatById(formatId);
    return format ? format.tables.find((layout) => layout.id === layoutId) || null : null;
  }

  function drawTable(layout, values) {
    const cell = (row, column) => valueCell(layout.id + '.' + row.id + '.' + column.id, row, column, values);
    if (layout.kind === 'BLOCKS') return drawBlocks(layout, cell);
    if (layout.kind === 'POSITIONAL') return drawPositional(layout, cell);
    return drawGrid(layout, cell);
  }

  /** Rows with their nested group labels on the left, columns under their group headers. */
  function drawGrid(layout, cell) {
    const depth = Math.max(0, ...layout.rows.map((row) => row.groups.length));
    const grouped = layout.columns.some((column) => column.group);
    const head = el('thead');
    const top = el('tr', {}, el('th', { colspan: depth + 1, rowspan: grouped ? 2 : 1 }));
    const second = el('tr');
    layout.columns.forEach((column, i) => {
      if (!column.group) {
        top.append(el('th', { rowspan: grouped ? 2 : 1 }, column.label));
      } else {
        if (i === 0 || layout.columns[i - 1].group !== column.group) {
          top.append(el('th', { colspan: runLength(layout.columns, i, (c) => c.group) }, column.group));
        }
        second.append(el('th', {}, column.label));
      }
    });
    head.append(top);
    if (grouped) head.append(second);
    const body = el('tbody');
    layout.rows.forEach((row, i) => {
      const tr = el('tr');
      row.groups.forEach((group, level) => {
        const key = (r) => r.groups.slice(0, level + 1).join('\u0000');
        if (i === 0 || key(layout.rows[i - 1]) !== key(row)) {
          tr.append(el('th', { class: 'row-label', rowspan: runLength(layout.rows, i, key) }, group));
        }
      });
      tr.append(el('th', { class: 'row-label', colspan: depth - row.groups.length + 1 }, row.label));
      layout.columns.forEach((column) => tr.append(cell(row, column)));
      body.append(tr);
    });
    return el('table', { class: 'official' }, head, body);
  }

  /** Small blocks one under another, each with its caption, its column headers and its rows. */
  function drawBlocks(layout, cell) {
    const width = Math.max(...layout.blocks.map((block) => block.columns.length));
    const body = el('tbody');
    for (const block of layout.blocks) {
      body.append(el('tr', {}, el('th', { class: 'block-caption', colspan: width + 1 }, block.label || '')));
      const header = el('tr', {}, el('th'), block.columns.map((column) => el('th', {}, column.label)));
      if (block.columns.length < width) header.append(el('th', { colspan: width - block.columns.length }));
      body.append(header);
      for (const row of block.rows) {
        const tr = el('tr', {}, el('th', { class: 'row-label' }, row.label), block.columns.map((column) => cell(row, column)));
        if (block.columns.length < width) tr.append(el('td', { colspan: width - block.columns.length }));
        body.append(tr);
      }
    }
    return el('table', { class: 'official' }, body);
  }

  /** One line of values as printed: each row of the layout is a group of columns. */
  function drawPositional(layout, cell) {
    const top = el('tr', {}, layout.rows.map((row) => el('th', { colspan: layout.columns.length }, row.label)));
    const second = el('tr', {}, layout.rows.map(() => layout.columns.map((column) => el('th', {}, column.label))));
    const values = el('tr', {}, layout.rows.map((row) => layout.columns.map((column) => cell(row, column))));
    return el('table', { class: 'official' }, el('thead', {}, top, second), el('tbody', {}, values));
  }

  function runLength(items, from, key) {
    let end = from + 1;
    while (end < items.length && key(items[end]) === key(items[from])) end++;
    return end - from;
  }

  function valueCell(id, row, column, values) {
    const value = values[id];
    const mark = state.cells[id];
    const classes = [];
    let title = row.label + ' / ' + column.label;
    if (!value) {
      classes.push('absent');
      title += '：报告中未识别到此单元格';
    }
    if (mark && mark.severity) {
      classes.push('mark', sev(mark.severity));
      title += '：' + mark.marks.map((i) => state.result.findings[i].message).join('；');
    } else if (mark && mark.involved.length) {
      classes.push('involved');
    }
    const td = el('td', {
      'data-cell': id,
      'data-severity': mark && mark.severity ? mark.severity : null,
      class: classes.join(' ') || null,
      title: title,
      tabindex: mark ? 0 : null,
    }, value ? shown(value) : '');
    if (mark) {
      td.addEventListener('click', () => selectCell(id, row, column, value));
      td.addEventListener('keydown', (event) => { if (event.key === 'Enter') selectCell(id, row, column, value); });
    }
    return td;
  }

  function shown(value) {
    if (value.raw !== undefined) return value.raw;
    return value.value === null ? '' : String(value.value);
  }

  // ---- findings and the detail of a selection ----

  function showFindings(findings) {
    const container = $('findings');
    container.replaceChildren();
    for (const severity of ['ERROR', 'WARNING', 'INFO']) {
      const items = findings.map((finding, index) => [finding, index]).filter(([finding]) => finding.severity === severity);
      if (!items.length) continue;
      container.append(el('h3', {}, SEVERITY_NAME[severity] + '（' + items.length + '）'));
      container.append(el('ol', {}, items.map(([finding, index]) => {
        const button = el('button', { type: 'button' },
          el('span', { class: 'badge ' + sev(severity) }, SEVERITY_NAME[severity]),
          el('span', { class: 'rule' }, finding.ruleId), finding.message);
        button.addEventListener('click', () => selectFinding(index));
        return el('li', { 'data-finding': index }, button);
      })));
    }
  }

  function clearSelection() {
    document.querySelectorAll('.selected').forEach((node) => node.classList.remove('selected'));
  }

  function selectFinding(index) {
    const finding = state.result.findings[index];
    clearSelection();
    document.querySelector('li[data-finding="' + index + '"]').classList.add('selected');
    let first = null;
    for (const cell of finding.cells) {
      const td = document.querySelector('td[data-cell="' + cell.id + '"]');
      if (td) {
        td.classList.add('selected');
        first = first || td;
      }
    }
    if (first) first.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    $('detail').replaceChildren(findingDetail(finding));
  }

  function selectCell(id, row, column, value) {
    const mark = state.cells[id];
    clearSelection();
    document.querySelector('td[data-cell="' + id + '"]').classList.add('selected');
    const indices = mark.marks.concat(mark.involved);
    indices.forEach((i) => {
      const item = document.querySelector('li[data-finding="' + i + '"]');
      if (item) item.classList.add('selected');
    });
    $('detail').replaceChildren(
      el('h3', {}, row.label + ' / ' + column.label + '：' + (value ? shown(value) : '（未识别）')),
      el('p', { class: 'muted' }, '单元格 ' + id + (value && value.at ? ' · 原文第 ' + value.at.split(':')[0] + ' 行' : '')),
      ...indices.map((i) => findingDetail(state.result.findings[i])));
  }

  function findingDetail(finding) {
    const facts = el('dl');
    if (finding.expected !== undefined) {
      facts.append(el('dt', {}, '比较'), el('dd', {}, '按勾稽关系应为 ' + finding.expected + '，表中为 ' + finding.actual));
    }
    facts.append(el('dt', {}, '依据'), el('dd', { class: 'clause' }, finding.clause));
    if (finding.cells.length) {
      facts.append(el('dt', {}, '涉及的单元格'), el('dd', {}, el('ul', {}, finding.cells.map((cell) =>
        el('li', {}, cell.label + ' = ' + (cell.raw !== undefined ? '“' + cell.raw + '”' : cell.value)
          + (cell.line ? '（第 ' + cell.line + ' 行）' : ''))))));
    } else if (finding.line) {
      facts.append(el('dt', {}, '位置'), el('dd', {}, '第 ' + finding.line + ' 行'));
    }
    return el('div', { class: 'finding-detail' },
      el('h3', {}, el('span', { class: 'badge ' + sev(finding.severity) }, SEVERITY_NAME[finding.severity]),
        el('span', { class: 'rule' }, finding.ruleId), finding.title),
      el('p', { class: 'message' }, finding.message),
      facts);
  }

  // ---- the downloadable copy ----

  /**
   * The result as one HTML file that opens anywhere without a network, written by the server
   * (POST api/v1/check/page): the same file as each report's page of a batch check.
   */
  async function download() {
    const button = $('download');
    button.disabled = true;
    try {
      const query = state.request.query;
      const response = await fetch('api/v1/check/page' + (query ? '?' + query : ''), state.request.init);
      if (!response.ok) {
        showError((await response.json()).error || ('下载失败（HTTP ' + response.status + '）'));
        return;
      }
      const report = state.result.report;
      const name = '检查结果-' + (report.organization || '年报') + (report.year ? '-' + report.year : '') + '.html';
      const link = el('a', { href: URL.createObjectURL(await response.blob()), download: name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    } finally {
      button.disabled = false;
    }
  }
}());
