// conformance mode=locals
const STOP = ['the', 'a', 'of'];
function words(text) {
  const out = [];
  for (const raw of text.split(' ')) {
    const w = raw.toLowerCase();
    if (w === '' || STOP.includes(w)) continue;
    out.push(w);
  }
  return out;
}
function countWords(list) {
  const counts = {};
  for (const w of list) {
    counts[w] = (counts[w] || 0) + 1;
  }
  return counts;
}
function top(counts) {
  let best = '';
  let bestN = 0;
  for (const w in counts) {
    const n = counts[w];
    if (n > bestN || (n === bestN && w < best)) {
      best = w;
    }
    bestN = best === w ? n : bestN;
  }
  return best + '=' + String(bestN);
}
function main() {
  const text = 'The cat and the hat  of a Cat sat on the HAT';
  const counts = countWords(words(text));
  let distinct = 0;
  for (const k in counts) distinct += 1;
  return top(counts) + ' ' + String(distinct);
}
main();
