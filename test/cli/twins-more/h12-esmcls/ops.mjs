import { Node } from "./tree.mjs";

export function build(n) {
    // a chain with leaves
    if (n === 0) {
        return Node.leaf(0); }
    return new Node(n, [build(n - 1), Node.leaf(-n)]); }

export function by_key(nodes, key) {
    return [...nodes].sort((a, b) => key(a) - key(b)); }
