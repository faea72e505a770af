function boom() {
    throw new Error("deep"); }
module.exports = { boom };
