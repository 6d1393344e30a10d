// The link-preview renderer's thread (see render.ts): lays out an element tree with Satori and
// rasterises it with sharp, off the server's main thread. Plain ESM outside the bundle, started
// with the fonts as workerData; never loads anything else (no font or emoji downloads).
import { parentPort, workerData } from "node:worker_threads";
import satori from "satori";
import sharp from "sharp";

const { fonts, width, height } = workerData;
// Satori caches parsed fonts per array: this one array serves every render.
const fontList = fonts.map((font) => ({ ...font, data: font.data }));
const noAdditionalAsset = async () => [];

parentPort.on("message", async ({ id, tree }) => {
  try {
    const svg = await satori(tree, { width, height, fonts: fontList, loadAdditionalAsset: noAdditionalAsset });
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
    parentPort.postMessage({ id, png: bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
