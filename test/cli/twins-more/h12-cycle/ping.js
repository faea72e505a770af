const pong = require("./pong.js");

function ping(n) {
    if (n <= 0) {
        return "ping-done"; }
    return pong.pong(n - 1); }
module.exports.ping = ping;
