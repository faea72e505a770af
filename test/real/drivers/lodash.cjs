'use strict';
// lodash exercised broadly: collections, arrays, objects, strings, functions, lang, math,
// seq chains, templates, a runInContext copy, and errors.
const _ = require('lodash');

const users = [
  { user: 'barney', age: 36, active: true, tags: ['a', 'b'] },
  { user: 'fred', age: 40, active: false, tags: ['b'] },
  { user: 'pebbles', age: 1, active: true, tags: [] },
  { user: 'barney', age: 34, active: false, tags: ['c'] },
];
const nums = Array.from({ length: 40 }, (_v, i) => (i * 7919) % 101);
const out = (label, v) => console.log(label, JSON.stringify(v));

out('chunk', _.chunk(nums, 7));
out('compact/concat', [_.compact([0, 1, false, 2, '', 3, null, NaN]), _.concat([1], 2, [3], [[4]])]);
out('difference', [_.difference(nums, [1, 2, 3, 50]), _.differenceBy([2.1, 1.2], [2.3, 3.4], Math.floor), _.differenceWith(users, [users[0]], _.isEqual).length]);
out('drop/take', [_.drop(nums, 35), _.dropRightWhile(users, (o) => !o.active).length, _.take(nums, 3), _.takeWhile(nums, (n) => n < 90)]);
out('flatten', [_.flattenDeep([1, [2, [3, [4]], 5]]), _.flattenDepth([1, [2, [3, [4]], 5]], 2)]);
out('sets', [_.union([2], [1, 2]), _.intersectionBy([2.1, 1.2], [2.3, 3.4], Math.floor), _.xor([2, 1], [2, 3]), _.uniqBy(users, 'user').length, _.sortedUniq([1, 1, 2])]);
out('zip', [_.zip(['a', 'b'], [1, 2], [true, false]), _.unzipWith([[1, 10, 100], [2, 20, 200]], _.add), _.zipObjectDeep(['a.b[0].c', 'a.b[1].d'], [1, 2])]);
out('find', [_.findIndex(users, { user: 'fred' }), _.findLastIndex(users, ['active', false]), _.sortedIndexBy([{ x: 4 }, { x: 5 }], { x: 4 }, 'x')]);
out('collection', [_.countBy(nums, (n) => n % 3), _.groupBy(users, 'age'), _.keyBy(users, 'user'), _.partition(users, 'active').map((p) => p.length)]);
out('orderBy', _.orderBy(users, ['user', 'age'], ['asc', 'desc']));
out('sortBy', _.sortBy(users, [(o) => o.user, 'age']).map((u) => `${u.user}${u.age}`));
out('map/reduce', [_.map(users, 'user'), _.reduce(nums, (s, n) => s + n, 0), _.reduceRight([[0, 1], [2, 3]], (a, b) => a.concat(b), []), _.flatMapDeep([1, 2], (n) => [[n, n]])]);
out('every/some', [_.every(users, 'active'), _.some(users, { age: 1 }), _.filter(users, ['active', true]).length, _.reject(users, 'active').length]);
out('sample', [_.size({ a: 1, b: 2 }), _.includes([1, 2, 3], 1, 2), _.invokeMap([[5, 1, 7], [3, 2, 1]], 'sort')]);
out('objects', [_.assign({ a: 0 }, { a: 1 }, { b: 2 }), _.defaultsDeep({ a: { b: 2 } }, { a: { b: 1, c: 3 } }), _.merge({ a: [{ b: 2 }, { d: 4 }] }, { a: [{ c: 3 }, { e: 5 }] })]);
out('paths', [_.get({ a: [{ b: { c: 3 } }] }, 'a[0].b.c'), _.set({}, 'x[0].y.z', 5), _.has({ a: { b: 2 } }, 'a.b'), _.unset({ a: [{ b: { c: 7 } }] }, 'a[0].b.c'), _.toPath('a[0].b["c.d"]')]);
out('pick/omit', [_.pick({ a: 1, b: '2', c: 3 }, ['a', 'c']), _.omitBy({ a: 1, b: '2', c: 3 }, _.isNumber), _.mapValues({ a: { n: 1 }, b: { n: 2 } }, 'n'), _.invertBy({ a: 1, b: 2, c: 1 })]);
out('transform', _.transform({ a: 1, b: 2, c: 1 }, (r, v, k) => { (r[v] || (r[v] = [])).push(k); }, {}));
out('clone', [_.isEqual(_.cloneDeep(users), users), _.cloneDeepWith({ a: [1, { b: 2 }] }, (v) => (_.isNumber(v) ? v * 10 : undefined))]);
out('strings', [_.camelCase('Foo Bar'), _.kebabCase('fooBar--baz'), _.snakeCase('Foo Bar Ünïcödé'), _.startCase('--foo-bar--'), _.words('fred, barney, & pebbles'), _.deburr('déjà vu'), _.escape('<a href="x">&\'</a>'), _.unescape('&lt;&amp;&#39;'), _.pad('abc', 8, '_-'), _.truncate('hi-diddly-ho there, neighborino', { length: 24, separator: /,? +/ }), _.template('<%= user %> is <%- age %><% if (a) { %>!<% } %>')({ user: 'fred', age: '<40>', a: true })]);
out('escapeRegExp/parseInt', [_.escapeRegExp('[lodash](https://lodash.com/)'), _.parseInt('08'), _.repeat('ab', 3), _.upperFirst('fred'), _.split('a-b-c', '-', 2)]);
out('math', [_.sum(nums), _.mean(nums), _.maxBy(users, 'age').user, _.minBy(users, (o) => o.age).user, _.round(4.006, 2), _.floor(0.046, 2), _.ceil(6040, -2), _.clamp(-10, -5, 5), _.inRange(3, 2, 4), _.random.length]);
out('lang', [_.isPlainObject(Object.create(null)), _.isArrayLike('abc'), _.isEmpty(new Map()), _.isMatch({ a: 1, b: 2 }, { b: 2 }), _.isTypedArray(new Uint8Array(2)), _.toArray('abc'), _.toInteger('3.2'), _.toSafeInteger(Infinity), _.castArray(1), _.conformsTo({ a: 1 }, { a: (n) => n > 0 }), _.isNative(Array.prototype.push)]);
out('seq', _.chain(users).filter('active').map((o) => `${o.user} is ${o.age}`).sortBy().value());
out('lazy', _(nums).map((n) => n * 2).filter((n) => n % 3 === 0).take(5).reverse().value());
out('range', [_.range(0, 20, 5), _.rangeRight(-4), _.times(4, String), _.uniqueId('x'), _.uniqueId('x')]);
const memo = _.memoize((n) => (n < 2 ? n : memo(n - 1) + memo(n - 2)));
const onceCalls = [];
const once = _.once((x) => { onceCalls.push(x); return x * 2; });
const curried = _.curry((a, b, c) => [a, b, c]);
const partial = _.partialRight((a, b, c) => `${a}${b}${c}`, 'z');
out('functions', [memo(60), once(1), once(2), onceCalls, curried(1)(2)(3), curried(1, _, 3)(2), partial('x', 'y'), _.flow([_.add, (n) => n * n])(1, 2), _.overArgs((a, b) => [a, b], [(n) => n * 2, (n) => n * n])(3, 4), _.ary(parseInt, 1)('10', 2), _.rearg((a, b, c) => [a, b, c], [2, 0, 1])('a', 'b', 'c'), _.spread((a, b) => a + b)([1, 2]), _.negate(Boolean)(0), _.unary(parseInt)('11', 2)]);
out('util', [_.attempt(() => { throw new Error('nope'); }).message, _.cond([[_.matches({ a: 1 }), _.constant('matched')], [_.stubTrue, _.constant('default')]])({ a: 1 }), _.conforms({ b: (n) => n > 1 })({ b: 2 }), _.property(['a', 'b'])({ a: { b: 9 } }), _.method('a.b', 2)({ a: { b: (n) => n * 5 } }), _.nthArg(-2)('a', 'b', 'c'), _.over([Math.max, Math.min])(1, 2, 3)]);
const lo = _.runInContext();
lo.mixin({ double: (n) => n * 2 });
out('runInContext', [lo.double(21), lo.VERSION === _.VERSION, typeof _.double]);
const deb = _.debounce(() => out('debounced', 'fired'), 5);
deb();
deb();
setTimeout(() => {
  try {
    _.template('<%= missing.x %>')({});
  } catch (e) {
    out('template error', [e.name, e.message]);
  }
  try {
    _.chunk.call(null, { length: -1 });
    _.throttle(null);
  } catch (e) {
    out('throttle error', [e.name, e.message]);
  }
}, 30);
