import {
  IsoHistory,
  addedLines,
  openRepo
} from "./chunk-G2ZWZY2N.mjs";
import "./chunk-2UVXCJMG.mjs";
import "./chunk-KYLIGX4I.mjs";
import "./chunk-E33ILE7X.mjs";
import "./chunk-J2RLNSZZ.mjs";
export {
  IsoHistory,
  addedLines,
  openRepo
};
