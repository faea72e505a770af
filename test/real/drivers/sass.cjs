'use strict';
// sass (dart-sass compiled to JavaScript, one 5.8 MB file) compiling SCSS: modules, mixins,
// functions, control flow, maps, math, placeholders, and compile errors.
const sass = require('sass');
const { describeError } = require('./common.cjs');

const scss = `
@use "sass:math";
@use "sass:map";
@use "sass:color";
@use "sass:string";
@use "sass:list";
$breakpoints: (small: 576px, medium: 768px, large: 992px, xlarge: 1200px);
$base: #3a7bd5;
@function rem($px, $root: 16px) { @return math.div($px, $root) * 1rem; }
@mixin respond($bp) {
  @if map.has-key($breakpoints, $bp) { @media (min-width: map.get($breakpoints, $bp)) { @content; } }
  @else { @error "Unknown breakpoint #{$bp}"; }
}
%card { border-radius: rem(4px); box-shadow: 0 1px 2px rgba(0, 0, 0, .2); }
.btn {
  @extend %card;
  color: color.adjust($base, $lightness: -10%);
  background: color.mix($base, white, 30%);
  padding: rem(12px) rem(24px);
  &:hover { color: color.scale($base, $saturation: 20%); }
  &--primary { font-weight: 700; }
  @include respond(medium) { padding: rem(16px); }
  .icon + & { margin: 0; }
}
@each $name, $size in $breakpoints {
  .container-#{$name} { max-width: $size - 24px; width: math.percentage(math.div(list.index(map.keys($breakpoints), $name), 4)); }
}
@for $i from 1 through 5 { .mt-#{$i} { margin-top: #{$i * 4}px; } }
$i: 6;
@while $i > 0 { .item-#{$i} { order: $i; z-index: math.pow(2, $i); } $i: $i - 2; }
.str { content: string.quote(string.to-upper-case("abc")); font: #{string.slice("helvetica", 1, 4)}; }
.calc { width: calc(100% - #{rem(10px)}); height: math.clamp(1px, 5px, 3px); }
@supports (display: grid) { .grid { display: grid; grid-template-columns: repeat(3, 1fr); } }
`;
for (const style of ['expanded', 'compressed']) {
  const res = sass.compileString(scss, { style });
  console.log(res.css);
}
const indented = sass.compileString('$c: red\n.a\n  color: $c\n  .b\n    margin: 1px 2px\n', { syntax: 'indented' });
console.log(indented.css);
const withImporter = sass.compileString('@use "virtual:colors" as c; .x { color: c.$main; }', {
  importers: [{ canonicalize: (url) => (url.startsWith('virtual:') ? new URL(url) : null), load: () => ({ contents: '$main: #abc;', syntax: 'scss' }) }],
});
console.log(withImporter.css, withImporter.loadedUrls.map(String));
const warnings = [];
sass.compileString('@warn "careful"; @debug "dbg"; .a { b: c; }', { logger: { warn: (m) => warnings.push(`warn ${m}`), debug: (m) => warnings.push(`debug ${m}`) } });
console.log(warnings.join('|'));
for (const bad of ['.a { color: $undefined; }', '@include respond(tiny) {}', '.a { b: 1px + 1s; }', '.a {', '@use "sass:math"; .a { b: math.div(1, "x"); }']) {
  try {
    sass.compileString(bad);
    console.log('compiled', bad);
  } catch (e) {
    console.log(e.name, e.sassMessage, e.span && [e.span.start.line, e.span.start.column]);
  }
}
try {
  sass.compileString(42);
} catch (e) {
  console.log(describeError(e).split('\n')[0]);
}
