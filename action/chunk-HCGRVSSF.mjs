import {
  IsoHistory,
  addedLines,
  openRepo
} from "./chunk-EM7CHBTT.mjs";
import "./chunk-IVIJFV6C.mjs";
import "./chunk-KYLIGX4I.mjs";
import "./chunk-45DNU2OG.mjs";
import "./chunk-J2RLNSZZ.mjs";
export {
  IsoHistory,
  addedLines,
  openRepo
};
