import {
  IsoHistory,
  addedLines,
  openRepo
} from "./chunk-45TMEYB5.mjs";
import "./chunk-BGIGIKCV.mjs";
import "./chunk-Y2CXBTMR.mjs";
import "./chunk-F4ROPIRS.mjs";
import "./chunk-J2RLNSZZ.mjs";
export {
  IsoHistory,
  addedLines,
  openRepo
};
