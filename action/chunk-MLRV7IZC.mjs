import {
  IsoHistory,
  addedLines,
  openRepo
} from "./chunk-Q6QZLHLM.mjs";
import "./chunk-R3PJ4J7V.mjs";
import "./chunk-Y2CXBTMR.mjs";
import "./chunk-SY2RL2H2.mjs";
import "./chunk-J2RLNSZZ.mjs";
export {
  IsoHistory,
  addedLines,
  openRepo
};
