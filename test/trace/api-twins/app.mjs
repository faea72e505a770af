import * as helper from './helper.mjs';

export function square(x) {
    return x * x; }

export function work(n) {
    let total = 0;
    for (let i = 0; i < n; i++) {
        total += helper.double(square(i)); }
    return total; }

export function boom(n) {
    const total = work(n);
    if (total > 0) {
        throw new Error(`boom ${total}`); }
    return total; }

export function outer(tracer, n) {
    const a = work(n);
    const b = tracer.runfunc(work, n);
    const c = work(n);
    return a + b + c; }

export function unused() {
    return 0; }
