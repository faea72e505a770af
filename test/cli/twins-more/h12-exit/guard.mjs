const sys = { exit: (c) => process.exit(c) };

export function check(xs) {
    for (const [i, x] of xs.entries()) {
        if (x < 0) {
            console.log("negative at", i);
            process.exit(3); }
        console.log("ok", x); }
    return xs.length; }
