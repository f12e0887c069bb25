/**
 * Progressive enhancement of the agreements register: shows the filter form, filters rows by country,
 * kind, status and year, and sorts by any column (header buttons with aria-sort). Without JavaScript the
 * page shows the full table; nothing here is needed to read it. Filters are kept in the URL query so a
 * filtered view can be shared.
 */
const form = document.querySelector<HTMLFormElement>('#register-filters');
const table = document.querySelector<HTMLTableElement>('#register');
const count = document.querySelector<HTMLElement>('#register-count');

if (form && table && count) {
  const body = table.tBodies[0]!;
  const rows = Array.from(body.rows);
  const template = form.dataset['shownTemplate'] ?? '{shown} / {total}';
  const fields = ['country', 'kind', 'status', 'year'] as const;

  const apply = () => {
    const wanted = Object.fromEntries(
      fields.map((name) => [name, (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '']),
    );
    let shown = 0;
    for (const row of rows) {
      const match = fields.every((name) => !wanted[name] || row.dataset[name] === wanted[name]);
      row.hidden = !match;
      if (match) shown += 1;
    }
    count.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
    const query = new URLSearchParams(Object.entries(wanted).filter(([, value]) => value));
    history.replaceState(null, '', query.size > 0 ? `?${query}` : location.pathname);
  };

  const params = new URLSearchParams(location.search);
  for (const name of fields) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    const value = params.get(name);
    if (select && value && Array.from(select.options).some((o) => o.value === value)) select.value = value;
  }
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (event) => event.preventDefault());

  const headers = Array.from(table.tHead!.rows[0]!.cells);
  const sortBy = (index: number, direction: 'ascending' | 'descending') => {
    const key = (row: HTMLTableRowElement) => {
      const cell = row.cells[index]!;
      return cell.dataset['value'] ?? cell.textContent?.trim() ?? '';
    };
    const sorted = [...rows].sort((a, b) =>
      key(a).localeCompare(key(b), document.documentElement.lang, { numeric: true }),
    );
    if (direction === 'descending') sorted.reverse();
    body.append(...sorted);
    headers.forEach((header, i) =>
      i === index ? header.setAttribute('aria-sort', direction) : header.removeAttribute('aria-sort'),
    );
  };
  headers.forEach((header, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = header.textContent;
    header.textContent = '';
    header.append(button);
    button.addEventListener('click', () =>
      sortBy(index, header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending'),
    );
  });
  apply();
}
