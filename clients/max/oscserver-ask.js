// oscserver-ask.js: questions to oscserver from Max, and their answers (Node for Max, [node.script]).
//
// The server answers a message to the port it came from. [udpsend] sends from a port no Max object listens
// on, so what the server pushes to subscribers reaches the patch but answers (/map/added, /map/binding,
// /map/list, /map/removed, /error) do not. This script sends from a socket of its own and gives out every
// answer that comes back to it, for as long as the patch is open (a learned binding's /map/added comes when
// the pad is touched, however late).
//
//   in:  server HOST PORT          where the server is (default 127.0.0.1 8000)
//        send /address [args...]   one OSC message (whole numbers as int32, others as float32, words as strings)
//   out: /address args...          every message the server sends back (bundles unpacked)
//
// Copyright (C) the oscserver developers. GPL-3.0-or-later.

"use strict";

const dgram = require("dgram");
const maxApi = require("max-api");

let host = "127.0.0.1";
let port = 8000;
const socket = dgram.createSocket("udp4");

// -- OSC 1.0 encoding (what the server reads) ------------------------------------------------------------

function padded(text) {
  const bytes = Buffer.from(text + "\0", "utf8");
  return Buffer.concat([bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4)]);
}

function encode(address, args) {
  let tags = ",";
  const data = [];
  for (const arg of args) {
    if (typeof arg === "number" && Number.isInteger(arg) && Math.abs(arg) < 2 ** 31) {
      tags += "i";
      const value = Buffer.alloc(4);
      value.writeInt32BE(arg);
      data.push(value);
    } else if (typeof arg === "number") {
      tags += "f";
      const value = Buffer.alloc(4);
      value.writeFloatBE(arg);
      data.push(value);
    } else {
      tags += "s";
      data.push(padded(String(arg)));
    }
  }
  return Buffer.concat([padded(address), padded(tags), ...data]);
}

// -- OSC 1.0 decoding (what the server sends: messages, and bundles of them) ------------------------------

function readString(data, at) {
  const end = data.indexOf(0, at);
  if (end < 0) throw new Error("an OSC string without its end");
  return [data.toString("utf8", at, end), end + 4 - ((end - at) % 4)];
}

function decodeMessage(data) {
  let [address, at] = readString(data, 0);
  let tags = ",";
  if (at < data.length) [tags, at] = readString(data, at);
  const args = [];
  for (const tag of tags.slice(1)) {
    if (tag === "i") { args.push(data.readInt32BE(at)); at += 4; }
    else if (tag === "f") { args.push(data.readFloatBE(at)); at += 4; }
    else if (tag === "h") { args.push(Number(data.readBigInt64BE(at))); at += 8; }
    else if (tag === "d") { args.push(data.readDoubleBE(at)); at += 8; }
    else if (tag === "s" || tag === "S") { let text; [text, at] = readString(data, at); args.push(text); }
    else if (tag === "T" || tag === "F") args.push(tag === "T" ? 1 : 0);
    else if (tag === "b") { const size = data.readInt32BE(at); at += 4 + size + ((4 - (size % 4)) % 4); }
    else if (tag !== "N" && tag !== "I") throw new Error(`OSC type tag ${tag} not read`);
  }
  return [address, args];
}

function decode(data) {
  if (data.toString("utf8", 0, 8) !== "#bundle\0") return [decodeMessage(data)];
  const messages = [];
  for (let at = 16; at + 4 <= data.length;) {
    const size = data.readInt32BE(at);
    messages.push(...decode(data.subarray(at + 4, at + 4 + size)));
    at += 4 + size;
  }
  return messages;
}

// -- Max ---------------------------------------------------------------------------------------------------

socket.on("message", (data) => {
  try {
    for (const [address, args] of decode(data)) maxApi.outlet(address, ...args);
  } catch (err) {
    maxApi.post(`oscserver-ask: an answer not read: ${err.message}`);
  }
});

socket.on("error", (err) => maxApi.post(`oscserver-ask: ${err.message}`));

maxApi.addHandler("server", (newHost, newPort) => {
  host = String(newHost);
  port = Number(newPort);
});

maxApi.addHandler("send", (address, ...args) => {
  if (typeof address !== "string" || !address.startsWith("/")) {
    maxApi.post(`oscserver-ask: send /address [args...], got ${address}`);
    return;
  }
  socket.send(encode(address, args), port, host);
});

socket.bind(0);
