// conformance mode=locals
class Api {
  constructor(total, pageSize) {
    this.total = total;
    this.pageSize = pageSize;
    this.requests = 0;
  }
  page(n) {
    this.requests += 1;
    const start = n * this.pageSize;
    const end = Math.min(start + this.pageSize, this.total);
    return end > start ? [start, end] : null;
  }
}
function* paginate(api) {
  let n = 0;
  try {
    while (true) {
      const range = api.page(n);
      if (range === null) return n;
      let i = range[0];
      while (i < range[1]) {
        yield i;
        i += 1;
      }
      n += 1;
    }
  } finally {
    api.requests += 100;
  }
}
function collect(api) {
  let seen = 0;
  let odd = 0;
  function note(v) {
    seen += 1;
    if (v % 2 === 1) odd += v;
  }
  for (const v of paginate(api)) {
    note(v);
  }
  return seen * 1000 + odd;
}
function main() {
  const api = new Api(5, 2);
  const r = collect(api);
  return r + api.requests;
}
main();
