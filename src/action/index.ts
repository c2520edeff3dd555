// Entry point of the GitHub Action bundle (action/index.mjs).
import { actionEntry } from "./main.js";

void actionEntry();
