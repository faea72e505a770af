function find(rows, target) {
    for (let r = 0; r < rows.length; r++) { const row = rows[r];
        for (let c = 0; c < row.length; c++) { const v = row[c];
            if (v === target) {
                return `(${r}, ${c})`; }
            if (v < 0) {
                break; } } }
    return "None"; }

function guarded(x) {
    const log = [];
    try {
        if (x > 1) {
            return "big"; }
        log.push("small");
    } finally {
        log.push("done"); }
    return log[0]; }

function retry(n) {
    let attempts = 0;
    while (true) {
        attempts += 1;
        try {
            if (attempts < n) {
                throw new RangeError(String(attempts)); }
            break;
        } catch (e) {
            continue; } }
    return attempts; }

console.log(find([[1, -1, 9], [2, 9]], 9));
console.log(find([[1]], 5));
console.log(guarded(2), guarded(0));
console.log(retry(3));
