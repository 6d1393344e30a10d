// The link-preview renderer's thread (see render.ts): lays out an element tree with Satori and
// rasterises it with sharp, off the server's main thread. Plain ESM outside the bundle, started
// with the fonts as workerData; never loads anything else (no font or emoji downloads).
import { parentPort, workerData } from "node:worker_threads";
import satori from "satori";
import sharp from "sharp";

const { fonts, width, height } = workerData;
// Satori caches parsed fonts per array: this one array serves every render.
const fontList = fonts;
const noAdditionalAsset = async () => [];
const draw = (tree) => satori(tree, { width, height, fonts: fontList, loadAdditionalAsset: noAdditionalAsset });

// Parse every font and warm the shaping code once, as the thread starts, for each script the fonts
// carry: the first real preview then costs what any other does.
const warmedUp = draw({
  type: "div",
  props: { style: { display: "flex", fontFamily: "Inter, CJK" }, children: "Aa 资本 مرحبا สวัสดี שלום Ωμέγα" },
}).catch(() => {});

parentPort.on("message", async ({ id, tree }) => {
  try {
    await warmedUp;
    const svg = await draw(tree);
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
    parentPort.postMessage({ id, png: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
