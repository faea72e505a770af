// conformance mode=record
function add(a, b) {
  return a + b;
}
function apply(xs, fn) {
  const out = [];
  for (const v of xs) {
    out.push(fn(v));
  }
  return out;
}
function main() {
  let x = 1;
  const y = add(x, 2
  );
  const s = `multi
line`;
  const items = [x, y, add(1, 1),
  ];
  if (add(x, y) > 0
  ) {
    x = add(add(x, y), y
    );
  }
  while (x < 12
  ) {
    x = add(x, 4);
  }
  const doubled = apply(items, (v) => v * 2
  );
  const t = { a: x, b: add(y, 0),
  };
  return add(s.length, doubled.length + t.a
  );
}
main();
