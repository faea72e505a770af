// header comment

const WORDS = ["alpha",
         "beta",
         "gamma"];
/* block
   comment */
function shout(w) {
    // comment inside

    return (w.toUpperCase() + "!");
            /* (one line) */
} // between
  
  
function unused(w) {
    const s = ("never " +
         "called");
    return s + w; }

const msg = ("multi " +
       "line " +
       "string");
for (const w of WORDS) {

    console.log(shout(w));
    /* trailing comment */ }
console.log(msg);
