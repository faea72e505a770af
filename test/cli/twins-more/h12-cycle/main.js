const ping = require("./ping.js");
const pong = require("./pong.js");
for (let n = 0; n < 4; n++) {
    console.log(n, ping.ping(n), pong.pong(n)); }
