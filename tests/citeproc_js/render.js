#!/usr/bin/env node
// Render notes with citeproc-js, the reference CSL processor, for fru_cite's
// conformance tests. Reads one JSON object on stdin:
//   {"style": "path.csl", "locale": "path/locales-en-US.xml", "items": [CSL-JSON…],
//    "clusters": [[{"id": "…", "locator": "686", "label": "page"}, …], …],
//    "bibliography": true, "format": "text" | "html"}
// and prints JSON: {"notes": ["…", …], "bibliography": ["…", …]}.
// Each cluster is one note, cited in order, so positions (ibid, subsequent) are
// decided by citeproc-js itself.
"use strict";
const fs = require("fs");
const CSL = require("citeproc");

function main(input) {
  const request = JSON.parse(input);
  const style = fs.readFileSync(request.style, "utf8");
  const locale = fs.readFileSync(request.locale, "utf8");
  const items = new Map(request.items.map((item) => [String(item.id), item]));
  const sys = {
    retrieveLocale: () => locale,
    retrieveItem: (id) => items.get(String(id)),
  };
  const engine = new CSL.Engine(sys, style, "en-US", true);
  engine.setOutputFormat(request.format || "text");
  engine.updateItems(Array.from(items.keys()));
  const notes = [];
  const previous = [];
  request.clusters.forEach((cites, index) => {
    const citation = {
      citationItems: cites,
      properties: { noteIndex: index + 1 },
    };
    const [, changes] = engine.processCitationCluster(citation, previous, []);
    previous.push([citation.citationID, index + 1]);
    for (const [position, text] of changes) {
      notes[position] = text;
    }
  });
  const out = { notes };
  if (request.bibliography) {
    const [, entries] = engine.makeBibliography();
    out.bibliography = entries.map((entry) => entry.trim());
  }
  process.stdout.write(JSON.stringify(out));
}

let data = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (data += chunk));
process.stdin.on("end", () => main(data));
