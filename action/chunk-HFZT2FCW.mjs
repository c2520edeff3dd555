import {
  IsoHistory,
  addedLines,
  openRepo
} from "./chunk-I7Z35DZW.mjs";
import "./chunk-6CZI7DRR.mjs";
import "./chunk-Y2CXBTMR.mjs";
import "./chunk-BZZN2V7E.mjs";
export {
  IsoHistory,
  addedLines,
  openRepo
};
