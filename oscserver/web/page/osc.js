// OSC 1.0 packets in and out, as the server reads them over UDP: a message is an address, a type tag string
// and its arguments, each padded to 4 bytes; a bundle is "#bundle", a timetag and sized elements.
// SPDX-License-Identifier: GPL-3.0-or-later
"use strict";

const OSC = (() => {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  function padded(length) {
    return (length + 3) & ~3;
  }

  function stringBytes(text) {
    const bytes = encoder.encode(text);
    const out = new Uint8Array(padded(bytes.length + 1));
    out.set(bytes);
    return out;
  }

  // An argument is a number (an integer goes as "i", any other number as "f"), a string, a boolean
  // (T/F), null (N), or {type: "f", value: 1} to say the type.
  function typed(arg) {
    if (arg !== null && typeof arg === "object" && "type" in arg) return [arg.type, arg.value];
    if (arg === null) return ["N", null];
    if (arg === true) return ["T", null];
    if (arg === false) return ["F", null];
    if (typeof arg === "number") return [Number.isInteger(arg) ? "i" : "f", arg];
    return ["s", String(arg)];
  }

  function encode(address, args = []) {
    const parts = [stringBytes(address)];
    const items = args.map(typed);
    parts.push(stringBytes("," + items.map(([tag]) => tag).join("")));
    for (const [tag, value] of items) {
      if (tag === "i" || tag === "f") {
        const bytes = new Uint8Array(4);
        const view = new DataView(bytes.buffer);
        if (tag === "i") view.setInt32(0, value);
        else view.setFloat32(0, value);
        parts.push(bytes);
      } else if (tag === "s") {
        parts.push(stringBytes(value));
      }
    }
    const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out.buffer;
  }

  function readString(view, offset) {
    let end = offset;
    while (end < view.byteLength && view.getUint8(end) !== 0) end += 1;
    if (end >= view.byteLength) throw new Error("string without its terminating zero");
    const text = decoder.decode(new Uint8Array(view.buffer, view.byteOffset + offset, end - offset));
    return [text, padded(end + 1 - offset) + offset];
  }

  function decodeMessage(view) {
    let [address, offset] = readString(view, 0);
    if (offset >= view.byteLength) return { address, args: [] };
    let tags;
    [tags, offset] = readString(view, offset);
    const args = [];
    const stack = [args];
    for (const tag of tags.slice(1)) {
      const into = stack[stack.length - 1];
      switch (tag) {
        case "i": into.push(view.getInt32(offset)); offset += 4; break;
        case "f": into.push(view.getFloat32(offset)); offset += 4; break;
        case "d": into.push(view.getFloat64(offset)); offset += 8; break;
        case "h": into.push(Number(view.getBigInt64(offset))); offset += 8; break;
        case "t": into.push(null); offset += 8; break;
        case "s": case "S": { let text; [text, offset] = readString(view, offset); into.push(text); break; }
        case "b": {
          const size = view.getInt32(offset);
          into.push(new Uint8Array(view.buffer, view.byteOffset + offset + 4, size));
          offset += 4 + padded(size);
          break;
        }
        case "T": into.push(true); break;
        case "F": into.push(false); break;
        case "N": case "I": into.push(null); break;
        case "[": { const inner = []; into.push(inner); stack.push(inner); break; }
        case "]": if (stack.length > 1) stack.pop(); break;
        default: throw new Error("unknown type tag " + tag);
      }
    }
    return { address, args };
  }

  // Every message of a packet, bundles opened (their timetags do not matter to a page).
  function decode(buffer) {
    const view = buffer instanceof DataView ? buffer : new DataView(buffer);
    const first = view.byteLength ? view.getUint8(0) : 0;
    if (first === 0x23) {  // "#bundle"
      const messages = [];
      let offset = 16;
      while (offset + 4 <= view.byteLength) {
        const size = view.getInt32(offset);
        const element = new DataView(view.buffer, view.byteOffset + offset + 4, size);
        messages.push(...decode(element));
        offset += 4 + size;
      }
      return messages;
    }
    return [decodeMessage(view)];
  }

  return { encode, decode };
})();
