import { parse, postprocess, preprocess } from "micromark";
import { gfm } from "micromark-extension-gfm";
import { gfmTable } from "micromark-extension-gfm-table";
import { frontmatter } from "micromark-extension-frontmatter";
let doc = "";
let i = 0;
while (doc.length < 1_048_000) {
  doc += `## Section ${i}\n\nThe **term${i}** is a concept number ${i} that was introduced in ${1900 + (i % 100)} by researchers at Place${i}. It has many uses and applications across the field of study ${i}.\n\n- **Item${i}a**: first explanation ${i}\n- **Item${i}b**: second explanation ${i}\n\n| a | b | c |\n|---|---|---|\n| x${i} | y | z |\n\n`;
  i++;
}
const run = (name: string, ext: any[]) => {
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    const ev = postprocess(parse({ extensions: ext }).document().write(preprocess()(doc, undefined, true)));
    console.log(name, (performance.now() - t).toFixed(0), "ms", ev.length);
  }
};
run("commonmark", []);
run("table+fm", [gfmTable(), frontmatter()]);
run("gfm", [gfm()]);
