import { total } from "./lib.mjs";

function main(args) {
    console.log(total(args.slice(0, 2)));
    console.log(total(args)); }

main(process.argv.slice(2));
