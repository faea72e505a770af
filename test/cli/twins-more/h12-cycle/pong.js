const ping = require("./ping.js");

function pong(n) {
    if (n <= 0) {
        return "pong-done"; }
    return ping.ping(n - 1); }
module.exports.pong = pong;
