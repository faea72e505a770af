// The program the call tracer watches: a few functions that call each other, a class
// method, recursion, and an exception that one function raises and another catches.
'use strict';

class Inventory {
  constructor() {
    this.items = new Map();
  }

  add(name, count) {
    this.items.set(name, (this.items.get(name) ?? 0) + count);
    return this.items.get(name);
  }
}

function parseCount(text) {
  const n = Number(text);
  if (!Number.isInteger(n)) throw new RangeError(`not a count: ${text}`);
  return n;
}

function load(inventory, lines) {
  for (const line of lines) {
    const [name, text] = line.split('=');
    try {
      inventory.add(name, parseCount(text));
    } catch (err) {
      console.log(`skipped ${line}: ${err.message}`);
    }
  }
  return inventory.items.size;
}

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

const inventory = new Inventory();
load(inventory, ['apples=3', 'pears=lots']);
console.log('fib(3) =', fib(3));
