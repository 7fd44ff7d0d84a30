// The KarirHub dashboard. It holds no figures: everything it shows comes from the public API,
// so it can never disagree with it. Indonesian first (?lang=en for English); it polls the
// headline figures with If-None-Match and redraws only when they changed, and asks at once when
// the change stream says the year shown changed.

const TEXT = {
  id: {
    locale: 'id-ID', title: 'Statistik Pasar Kerja KarirHub', year: 'Tahun', otherLang: 'English', otherLangCode: 'en',
    headline: 'Angka utama', ikk: 'Capaian IKK terhadap target',
    categories: 'Per bulan: pengguna layanan dan lowongan', market: 'Penawaran dan permintaan tenaga kerja',
    weeks: 'Per minggu: pencari kerja', week: 'Minggu', provinces: 'Per provinsi: penawaran dan permintaan',
    province: 'Provinsi', complete: 'Lengkap', yes: 'ya', no: 'tidak', sortBy: 'Urutkan menurut',
    provincesNote: 'Angka provinsi dari hitungan per provinsi atau jumlah kabupaten/kota-nya; klik judul kolom untuk mengurutkan.',
    jobSeekers: 'Pencari Kerja', employers: 'Pemberi Kerja', vacancies: 'Lowongan', latestPeriod: 'Periode terakhir',
    per100: 'Lowongan per 100 pencari kerja', month: 'Bulan', notReported: 'tidak dilaporkan',
    achievement: 'capaian', target: 'target', proRata: 'target pro rata s.d. periode terakhir', noTarget: 'belum ada target',
    ikk5: 'IKK 5 · Tenaga kerja yang difasilitasi', ikk6: 'IKK 6 · Pengguna layanan pasar kerja',
    dataVersion: 'Versi data', updated: 'Diperbarui', error: 'Data tidak dapat dimuat; mencoba lagi',
    provisional: 'termasuk angka sementara dari peristiwa KarirHub (minggu yang belum dilaporkan)',
    scrollHint: 'Geser tabel ke samping untuk kolom lainnya →',
    noProvinces: year => 'Belum ada angka per provinsi untuk ' + year + ': tahun ini hanya dilaporkan secara nasional.',
    register: 'Register pencari kerja: arus dan sisa', registered: 'Terdaftar', placed: 'Ditempatkan', removed: 'Dihapus',
    remaining: 'Sisa akhir bulan', sex: 'Pencari kerja menurut jenis kelamin', sexColumn: 'Jenis kelamin', count: 'Jumlah',
    share: 'Bagian', unallocated: 'Tidak dirinci', total: 'Jumlah seluruhnya',
    education: 'Menurut pendidikan: pencari kerja dan lowongan', educationColumn: 'Pendidikan',
    noParts: (what, year) => 'Belum ada rincian ' + what + ' untuk ' + year + '.',
    bySex: 'menurut jenis kelamin', byEducation: 'menurut pendidikan',
    partsNote: 'Rincian yang dilaporkan; sisanya dari jumlah seluruhnya tercatat sebagai tidak dirinci.',
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
    label: category => category.labelId,
  },
  en: {
    locale: 'en-GB', title: 'KarirHub labour-market statistics', year: 'Year', otherLang: 'Bahasa Indonesia', otherLangCode: 'id',
    headline: 'Headline figures', ikk: 'Indicators against their targets',
    categories: 'By month: service users and vacancies', market: 'Labour supply and demand',
    weeks: 'By reporting week: job seekers', week: 'Week', provinces: 'By province: supply and demand',
    province: 'Province', complete: 'Complete', yes: 'yes', no: 'no', sortBy: 'Sort by',
    provincesNote: 'Province figures are the province\'s own counts or the sum of its regencies; click a column heading to sort.',
    jobSeekers: 'Job seekers', employers: 'Employers', vacancies: 'Vacancies', latestPeriod: 'Latest period',
    per100: 'Vacancies per 100 job seekers', month: 'Month', notReported: 'not reported',
    achievement: 'achieved', target: 'target', proRata: 'pro-rata target to the latest period', noTarget: 'no target set',
    ikk5: 'IKK 5 · Workers facilitated', ikk6: 'IKK 6 · Labour-market service users',
    dataVersion: 'Data version', updated: 'Updated', error: 'Could not load the data; retrying',
    provisional: 'includes provisional figures from KarirHub events (weeks not reported yet)',
    scrollHint: 'Swipe the table sideways for more columns →',
    noProvinces: year => 'No figures by province for ' + year + ': this year was reported nationally only.',
    register: 'Job seeker register: flows and what remains', registered: 'Registered', placed: 'Placed', removed: 'Removed',
    remaining: 'Remaining at month end', sex: 'Job seekers by sex', sexColumn: 'Sex', count: 'Count',
    share: 'Share', unallocated: 'Not broken down', total: 'Total',
    education: 'By education: job seekers and vacancies', educationColumn: 'Education',
    noParts: (what, year) => 'No breakdown ' + what + ' for ' + year + ' yet.',
    bySex: 'by sex', byEducation: 'by education',
    partsNote: 'The parts reported; what they leave of the total is shown as not broken down.',
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    label: category => category.labelEn,
  },
};

const SERIES_CATEGORIES = ['JOB_SEEKER', 'EMPLOYER', 'PBK_TRAINING', 'PRAKERJA_TRAINING', 'VACANCY'];
const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'id';
const t = TEXT[lang];
const whole = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat(t.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
// Western Indonesian Time, as the printed report writes it, whatever the reader's own time zone.
const jakartaTime = new Intl.DateTimeFormat(t.locale, {
  timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit',
});
const $ = id => document.getElementById(id);

const state = { year: null, etag: null, charts: {}, polling: false, pollAgain: false };

const number = value => (value === null || value === undefined ? null : whole.format(value));
const percent = value => (value === null || value === undefined ? null : twoDecimals.format(value) + '%');

// 'no-cache': the browser may keep an answer but must ask the service (If-None-Match, a 304)
// before using it; its max-age would otherwise hide a change the headline already announced.
async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-cache' });
  if (!response.ok) {
    throw new Error(url + ' answered ' + response.status);
  }
  return response.json();
}

function cell(tag, text, gap) {
  const element = document.createElement(tag);
  element.textContent = text === null ? '–' : text;
  if (gap) {
    element.className = 'gap';
    element.title = t.notReported;
    element.dataset.notReported = 'true';
  }
  return element;
}

/** A table with one row per month: the data behind a chart. */
function fillTable(table, columns, rows) {
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  head.append(cell('th', t.month), ...columns.map(column => cell('th', column.name)));
  const body = table.createTBody();
  rows.forEach((row, index) => {
    const tr = body.insertRow();
    tr.append(cell('th', t.months[index]));
    columns.forEach(column => {
      const value = row[column.key];
      tr.append(cell('td', value === null ? null : column.format(value), value === null));
    });
  });
}

function chart(id) {
  if (!state.charts[id]) {
    state.charts[id] = echarts.init($(id), null, { renderer: 'svg' });
    addEventListener('resize', () => state.charts[id].resize());
  }
  return state.charts[id];
}

/** Lines that break where a month was not reported: null is a gap, never 0. */
function lineOptions(series, extraAxis) {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: t.months },
    yAxis: [{ type: 'value', axisLabel: { formatter: value => whole.format(value) } }].concat(extraAxis ? [extraAxis] : []),
    series: series.map(s => ({ type: 'line', connectNulls: false, showSymbol: true, ...s })),
  };
}

function renderHeadline(headline) {
  const cards = [
    [t.jobSeekers, number(headline.jobSeekers), 'job-seekers'],
    [t.employers, number(headline.employers), 'employers'],
    [t.vacancies, number(headline.vacancies), 'vacancies'],
    [t.latestPeriod, headline.latestPeriod, 'latest-period'],
  ];
  $('headline').replaceChildren(...cards.map(([name, value, key]) => {
    const wrapper = document.createElement('div');
    const dd = cell('dd', value, value === null);
    dd.id = 'headline-' + key;
    wrapper.append(cell('dt', name), dd);
    return wrapper;
  }));
  $('progress').replaceChildren(progress('ikk5', t.ikk5, headline.facilitatedWorkers),
    progress('ikk6', t.ikk6, headline.serviceUsers));
  $('footer').textContent = t.dataVersion + ' ' + headline.dataVersion + ' · ' + t.updated + ' '
    + jakartaTime.format(new Date()) + ' WIB' + (headline.status === 'provisional' ? ' · ' + t.provisional : '');
}

function progress(id, name, figures) {
  const box = document.createElement('div');
  box.className = 'ikk';
  box.id = id;
  const title = document.createElement('p');
  const achieved = document.createElement('strong');
  achieved.id = id + '-achievement';
  achieved.textContent = figures.achievementPercent === null ? '–' : percent(figures.achievementPercent);
  title.append(name + ': ', achieved);
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'meter');
  bar.setAttribute('aria-label', name);
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', '100');
  const fill = document.createElement('div');
  fill.className = 'fill';
  const achievement = figures.achievementPercent === null ? 0 : Math.min(Number(figures.achievementPercent), 100);
  fill.style.width = achievement + '%';
  bar.setAttribute('aria-valuenow', String(achievement));
  bar.append(fill);
  const detail = document.createElement('p');
  if (figures.target) {
    const marker = document.createElement('div');
    marker.className = 'pro-rata';
    marker.style.left = 'calc(' + Math.min(figures.proRataTarget / figures.target * 100, 100) + '% - 1px)';
    marker.title = t.proRata;
    bar.append(marker);
    detail.textContent = number(figures.yearToDate ?? null) + ' / ' + t.target + ' ' + number(figures.target)
      + ' · ' + t.proRata + ': ' + number(figures.proRataTarget);
  } else {
    detail.textContent = (number(figures.yearToDate ?? null) ?? '–') + ' · ' + t.noTarget;
  }
  box.append(title, bar, detail);
  return box;
}

function renderCategories(series, categories) {
  const names = Object.fromEntries(categories.map(category => [category.code, t.label(category)]));
  const rows = t.months.map((_, month) => Object.fromEntries(series.series.map(s => [s.id, s.points[month].value])));
  fillTable($('categories-table'), series.series.map(s => ({ key: s.id, name: names[s.id], format: number })), rows);
  chart('categories-chart').setOption(lineOptions(series.series.map(s => ({
    name: names[s.id], data: s.points.map(point => point.value),
  }))), true);
}

/** Job seekers per reporting week (Minggu I-IV of each month): 48 points, a gap where a week was not reported. */
function renderWeeks(series) {
  const points = series.series[0].points;
  const labels = points.map(point => t.months[Number(point.period.slice(5, 7)) - 1] + ' ' + ['I', 'II', 'III', 'IV'][Number(point.period.slice(-1)) - 1]);
  const table = $('weeks-table');
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  head.append(cell('th', t.month), ...['I', 'II', 'III', 'IV'].map(week => cell('th', t.week + ' ' + week)));
  const body = table.createTBody();
  t.months.forEach((name, month) => {
    const tr = body.insertRow();
    tr.append(cell('th', name));
    points.slice(month * 4, month * 4 + 4).forEach(point => tr.append(cell('td', number(point.value), point.value === null)));
  });
  const options = lineOptions([{ name: t.jobSeekers, data: points.map(point => point.value) }]);
  options.xAxis = { type: 'category', data: labels };
  chart('weeks-chart').setOption(options, true);
}

/** The province table: sortable by any column, gaps shown as not reported, never 0. */
const provinceSort = { key: 'region', descending: false };

function renderProvinces(answer) {
  // The ratio next to the name: on a phone the columns after it are a swipe away.
  const columns = [
    { key: 'name', name: t.province, text: true },
    { key: 'vacanciesPer100JobSeekers', name: t.per100, format: value => twoDecimals.format(value) },
    { key: 'jobSeekers', name: t.jobSeekers, format: number },
    { key: 'vacancies', name: t.vacancies, format: number },
    { key: 'complete', name: t.complete, format: value => (value ? t.yes : t.no) },
  ];
  const table = $('provinces-table');
  table.replaceChildren();
  // A year no province reported for has no table: one line says so, not 34 rows of dashes.
  const reported = answer.rows.some(row => row.jobSeekers !== null || row.vacancies !== null);
  table.closest('.table-wrap').hidden = !reported;
  $('provinces-note').textContent = reported ? t.provincesNote : t.noProvinces(answer.year);
  if (!reported) {
    return;
  }
  const rows = [...answer.rows].sort((a, b) => compare(a, b, provinceSort.key, provinceSort.descending));
  const head = table.createTHead().insertRow();
  columns.forEach(column => {
    const th = document.createElement('th');
    th.scope = 'col';
    const sortKey = column.key === 'name' ? 'region' : column.key;
    if (provinceSort.key === sortKey) {
      th.setAttribute('aria-sort', provinceSort.descending ? 'descending' : 'ascending');
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = column.name;
    button.title = t.sortBy + ' ' + column.name;
    button.dataset.sort = sortKey;
    button.addEventListener('click', () => {
      provinceSort.descending = provinceSort.key === sortKey ? !provinceSort.descending : sortKey !== 'region';
      provinceSort.key = sortKey;
      renderProvinces(answer);
    });
    th.append(button);
    head.append(th);
  });
  const body = table.createTBody();
  rows.forEach(row => {
    const tr = body.insertRow();
    tr.dataset.region = row.region;
    columns.forEach(column => {
      const value = row[column.key];
      if (column.text) {
        const name = cell('th', value + ' ');
        const code = document.createElement('span');
        code.className = 'code';
        code.textContent = '(' + row.region + ')';
        name.append(code);
        tr.append(name);
      } else {
        tr.append(cell('td', value === null || value === undefined ? null : column.format(value), value === null));
      }
    });
  });
  markOverflowingTables();
}

/** Marks each table wider than its place, so that its scroll cue and hint show (dashboard.css). */
function markOverflowingTables() {
  document.querySelectorAll('.table-wrap').forEach(wrap => {
    wrap.dataset.overflows = String(!wrap.hidden && wrap.scrollWidth > wrap.clientWidth + 1);
  });
}

/** Numbers compare as numbers, codes as text; not reported comes last in either direction. */
function compare(a, b, key, descending) {
  const x = a[key];
  const y = b[key];
  if (x === null || x === undefined) {
    return y === null || y === undefined ? 0 : 1;
  }
  if (y === null || y === undefined) {
    return -1;
  }
  const order = key === 'region' ? String(x).localeCompare(String(y)) : Number(x) - Number(y);
  return descending ? -order : order;
}

function renderMarket(market) {
  const columns = [
    { key: 'jobSeekers', name: t.jobSeekers, format: number },
    { key: 'vacancies', name: t.vacancies, format: number },
    { key: 'vacanciesPer100JobSeekers', name: t.per100, format: value => twoDecimals.format(value) },
  ];
  fillTable($('market-table'), columns, market.months);
  chart('market-chart').setOption(lineOptions([
    { name: t.jobSeekers, data: market.months.map(m => m.jobSeekers) },
    { name: t.vacancies, data: market.months.map(m => m.vacancies) },
    { name: t.per100, yAxisIndex: 1, lineStyle: { type: 'dashed' },
      data: market.months.map(m => (m.vacanciesPer100JobSeekers === null ? null : Number(m.vacanciesPer100JobSeekers))) },
  ], { type: 'value', axisLabel: { formatter: value => twoDecimals.format(value) } }), true);
}

/** The register of job seekers: the month's flows as bars, what remains at its end as a line. */
function renderRegister(balance) {
  const columns = [
    { key: 'registered', name: t.registered, format: number },
    { key: 'placed', name: t.placed, format: number },
    { key: 'removed', name: t.removed, format: number },
    { key: 'closing', name: t.remaining, format: number },
  ];
  fillTable($('register-table'), columns, balance.months);
  chart('register-chart').setOption(lineOptions([
    { name: t.registered, type: 'bar', data: balance.months.map(m => m.registered) },
    { name: t.placed, type: 'bar', data: balance.months.map(m => m.placed) },
    { name: t.removed, type: 'bar', data: balance.months.map(m => m.removed) },
    { name: t.remaining, data: balance.months.map(m => m.closing) },
  ]), true);
}

/**
 * A table of parts beside their whole: one row per code, then what the parts leave of the whole
 * and the whole itself; when no part was reported, one line says so instead.
 */
function partsTable(id, what, year, reported, head, rows) {
  const table = $(id + '-table');
  table.replaceChildren();
  table.closest('.table-wrap').hidden = !reported;
  $(id + '-note').textContent = reported ? t.partsNote : t.noParts(what, year);
  if (!reported) {
    return;
  }
  table.createTHead().insertRow().append(...head.map(name => cell('th', name)));
  const body = table.createTBody();
  rows.forEach(row => {
    const tr = body.insertRow();
    tr.dataset.code = row.code;
    tr.append(cell('th', row.name), ...row.values.map(value => cell('td', value, value === null)));
  });
}

const nameOf = code => (lang === 'en' ? code.nameEn : code.nameId);
const share = (count, total) => (count === null || !total ? null : percent(count * 100 / total));

function renderSex(breakdown) {
  const rows = breakdown.cells.map(c => ({
    code: c.sex.code, name: nameOf(c.sex), values: [number(c.count), share(c.count, breakdown.total)],
  }));
  rows.push({ code: 'unallocated', name: t.unallocated,
    values: [number(breakdown.unallocated), share(breakdown.unallocated, breakdown.total)] });
  rows.push({ code: 'total', name: t.total, values: [number(breakdown.total), null] });
  partsTable('sex', t.bySex, breakdown.year, breakdown.cells.some(c => c.count !== null),
    [t.sexColumn, t.count, t.share], rows);
}

/** Supply against demand per education level: the ratio next to the name, as in the province table. */
function renderEducation(mismatch) {
  const ratio = value => (value === null ? null : twoDecimals.format(value));
  const row = (code, name, level) => ({ code, name,
    values: [ratio(level.vacanciesPer100JobSeekers), number(level.jobSeekers), number(level.vacancies)] });
  const rows = mismatch.levels.map(level => row(level.education, lang === 'en' ? level.nameEn : level.nameId, level));
  rows.push(row('unallocated', t.unallocated, mismatch.unallocated), row('total', t.total, mismatch.total));
  partsTable('education', t.byEducation, mismatch.year,
    mismatch.levels.some(level => level.jobSeekers !== null || level.vacancies !== null),
    [t.educationColumn, t.per100, t.jobSeekers, t.vacancies], rows);
}

/** Everything of the selected year, from the API. */
async function load(headline) {
  const year = state.year;
  const [series, categories, market, weeks, provinces, register, bySex, education] = await Promise.all([
    getJson('/api/v1/series?category=' + SERIES_CATEGORIES.join(',') + '&from=' + year + '-01&to=' + year + '-12'),
    getJson('/api/v1/categories'),
    getJson('/api/v1/statistics/labour-market?year=' + year),
    getJson('/api/v1/series?category=JOB_SEEKER&interval=week&from=' + year + '-01-W1&to=' + year + '-12-W4'),
    getJson('/api/v1/statistics/labour-market?year=' + year + '&by=region&level=province'),
    getJson('/api/v1/statistics/register-balance?registerId=job-seekers&year=' + year),
    getJson('/api/v1/statistics/breakdown?measure=JOB_SEEKER&by=sex&year=' + year),
    getJson('/api/v1/statistics/education-mismatch?year=' + year),
  ]);
  renderHeadline(headline);
  renderCategories(series, categories);
  renderWeeks(weeks);
  renderMarket(market);
  renderProvinces(provinces);
  renderRegister(register);
  renderSex(bySex);
  renderEducation(education);
  markOverflowingTables();
  document.body.dataset.dataVersion = String(headline.dataVersion);
}

/**
 * Asks for the headline with the last ETag: a 304 costs nothing, a 200 means new data. One at a
 * time: a poll due while another is still loading (eight reads after a change) is run once
 * that one is done, so that slow answers never pile up into more requests than the browser has
 * connections for.
 */
async function poll() {
  if (state.polling) {
    state.pollAgain = true;
    return;
  }
  state.polling = true;
  try {
    await pollOnce();
  } finally {
    state.polling = false;
  }
  if (state.pollAgain) {
    state.pollAgain = false;
    poll();
  }
}

async function pollOnce() {
  try {
    const headers = { Accept: 'application/json' };
    if (state.etag) {
      headers['If-None-Match'] = state.etag;
    }
    const response = await fetch('/api/v1/statistics/headline?year=' + state.year, { headers, cache: 'no-store' });
    if (response.status === 304) {
      return;
    }
    if (!response.ok) {
      throw new Error('headline answered ' + response.status);
    }
    const etag = response.headers.get('ETag');
    await load(await response.json());
    state.etag = etag;
    $('status').textContent = '';
  } catch (error) {
    $('status').textContent = t.error;
  }
}

function setUpPage(latestYear) {
  document.documentElement.lang = lang;
  document.title = t.title;
  $('title').textContent = t.title;
  $('year-label').textContent = t.year;
  $('headline-heading').textContent = t.headline;
  $('ikk-heading').textContent = t.ikk;
  $('categories-heading').textContent = t.categories;
  $('market-heading').textContent = t.market;
  $('weeks-heading').textContent = t.weeks;
  $('provinces-heading').textContent = t.provinces;
  $('register-heading').textContent = t.register;
  $('sex-heading').textContent = t.sex;
  $('education-heading').textContent = t.education;
  document.querySelectorAll('.scroll-hint').forEach(hint => { hint.textContent = t.scrollHint; });
  addEventListener('resize', markOverflowingTables);
  const switchTo = new URLSearchParams(location.search);
  switchTo.set('lang', t.otherLangCode);
  $('lang-switch').href = '?' + switchTo;
  $('lang-switch').hreflang = t.otherLangCode;
  $('lang-switch').textContent = t.otherLang;
  const select = $('year');
  const last = Math.max(latestYear, new Date().getFullYear());
  for (let year = last; year >= 2020; year--) {
    select.add(new Option(String(year), String(year), false, year === state.year));
  }
  select.addEventListener('change', () => {
    state.year = Number(select.value);
    state.etag = null;
    const url = new URLSearchParams(location.search);
    url.set('year', select.value);
    history.replaceState(null, '', '?' + url);
    $('lang-switch').href = '?' + new URLSearchParams({ ...Object.fromEntries(url), lang: t.otherLangCode });
    poll();
  });
}

async function start() {
  const [config, latest] = await Promise.all([getJson('/dashboard/config'), getJson('/api/v1/statistics/headline')]);
  const asked = Number(params.get('year'));
  state.year = asked >= 2000 && asked <= 2099 ? asked : (latest.year ?? new Date().getFullYear());
  setUpPage(latest.year ?? state.year);
  await poll();
  setInterval(poll, config.pollIntervalMillis);
  listen();
}

/**
 * Asks again as soon as the service says something changed in the year shown (GET /api/v1/stream,
 * Server-Sent Events: a write of a data officer, or events counted live), so the headline moves
 * with KarirHub; the polling above stays as the fallback where the stream is cut or unavailable.
 */
function listen() {
  if (!('EventSource' in window)) {
    return;
  }
  const stream = new EventSource('/api/v1/stream');
  // closed when the page is left: a page kept for the back button would otherwise hold one of the
  // browser's few connections to the service open, and pages opened after it would wait for one
  addEventListener('pagehide', () => stream.close());
  stream.addEventListener('change', event => {
    const change = JSON.parse(event.data);
    if (change.years.length === 0 || change.years.includes(state.year)) {
      poll();
    }
  });
}

start();
