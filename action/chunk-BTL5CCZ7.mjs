import {
  IsoHistory,
  addedLines,
  openRepo
} from "./chunk-SDBRZEFO.mjs";
import "./chunk-JUSYHQ4C.mjs";
import "./chunk-Y2CXBTMR.mjs";
import "./chunk-J2RLNSZZ.mjs";
export {
  IsoHistory,
  addedLines,
  openRepo
};
