// A stand-in for Node for Max's "max-api" module, so that a [node.script] script runs under plain node in the
// tests: each line on stdin is a JSON array [name, ...args], a message from the patch to the script's
// handler of that name; each outlet() is printed on stdout as a JSON array, each post() on stderr.
"use strict";

const readline = require("readline");

const handlers = new Map();

readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const [name, ...args] = JSON.parse(line);
  const handler = handlers.get(name);
  if (handler === undefined) process.stderr.write(`POST no handler for ${name}\n`);
  else handler(...args);
});

module.exports = {
  addHandler(name, handler) { handlers.set(name, handler); },
  outlet(...args) { process.stdout.write(JSON.stringify(args) + "\n"); },
  post(...args) { process.stderr.write(`POST ${args.join(" ")}\n`); },
};
