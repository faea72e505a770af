// conformance mode=locals
class LRU {
  constructor(capacity) {
    this.capacity = capacity;
    this.items = new Map();
    this.misses = 0;
  }
  get(key) {
    if (!this.items.has(key)) {
      this.misses += 1;
      return -1;
    }
    const value = this.items.get(key);
    this.items.delete(key);
    this.items.set(key, value);
    return value;
  }
  put(key, value) {
    if (this.items.has(key)) this.items.delete(key);
    this.items.set(key, value);
    if (this.items.size > this.capacity) {
      for (const [oldest, v] of this.items) {
        this.items.delete(oldest);
        return oldest + '=' + String(v);
      }
    }
    return '';
  }
}
function main() {
  const cache = new LRU(2);
  let evicted = '';
  cache.put('a', 1);
  cache.put('b', 2);
  let hits = cache.get('a');
  evicted += cache.put('c', 3);
  hits += cache.get('b');
  evicted += cache.put('a', 10);
  evicted += cache.put('d', 4);
  hits += cache.get('a') + cache.get('c');
  return evicted + ':' + String(hits) + ':' + String(cache.misses);
}
main();
