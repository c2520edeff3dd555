import {
  IsoHistory,
  addedLines,
  openRepo
} from "./chunk-5EGAZD7E.mjs";
import "./chunk-6CZI7DRR.mjs";
import "./chunk-Y2CXBTMR.mjs";
import "./chunk-BZZN2V7E.mjs";
export {
  IsoHistory,
  addedLines,
  openRepo
};
