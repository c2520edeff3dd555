// Finds and reads the settings of a scan: detection settings from the operator's `--config FILE`
// or else from the scanned repository's own config file; operator settings from `--config FILE`
// and the user-level file only. A repository's operator settings are ignored, with one warning.
import { existsSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, posix, resolve } from "node:path";
import { LeakhoundError, reasonOf } from "../errors.js";
import {
  CONFIG_FILE,
  GITLEAKS_CONFIG_FILE,
  defaultSettings,
  readOperatorConfig,
  readRepositoryConfig,
  readUserConfig,
  type Config,
  type ConfigDialect,
  type DetectionSettings,
  type IncludeReader,
  type OperatorSettings,
} from "./config.js";
import { insideRoot, workTreeFiles, type SettingsFiles } from "./settings-files.js";

export interface LoadOptions {
  /** `--config FILE`: the operator's own config */
  explicit?: string;
  /** `--config-format`: the schema of the explicit file, when its name does not say */
  dialect?: ConfigDialect;
  /** the scanned repository's files (work tree or a commit); undefined when there is no repository */
  files?: SettingsFiles;
  /** the user-level file; default `$XDG_CONFIG_HOME/leakhound/config.toml`; false for none */
  userConfig?: string | false;
}

/** `$LEAKHOUND_USER_CONFIG`, else `$XDG_CONFIG_HOME/leakhound/config.toml`, else `~/.config/leakhound/config.toml`. */
export function userConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LEAKHOUND_USER_CONFIG) return env.LEAKHOUND_USER_CONFIG;
  const base = env.XDG_CONFIG_HOME || join(homedir(), ".config");
  return join(base, "leakhound", "config.toml");
}

function readDisk(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (err) {
    throw new LeakhoundError("BAD_CONFIG", `cannot read ${what} ${path}: ${reasonOf(err)}`);
  }
}

/** `[extend] path` of an operator's file: any file, relative to the including one. */
const diskInclude: IncludeReader = (path, from) => {
  const full = resolve(dirname(from), path);
  return { text: readDisk(full, "config"), source: full };
};

/** `[extend] path` of a repository's file: only files of the same repository, read where the config was read. */
function repositoryInclude(files: SettingsFiles, labels: Map<string, string>): IncludeReader {
  return (path, from) => {
    const fromRel = labels.get(from) ?? "";
    const rel = posix.normalize(posix.join(posix.dirname(fromRel), path.split("\\").join("/")));
    const text = files.read(rel);
    if (text === undefined)
      throw new LeakhoundError("BAD_CONFIG", `${from}: [extend] path ${path}: no such file in the repository`);
    const label = files.label(rel);
    labels.set(label, rel);
    return { text, source: label };
  };
}

/** The repository's own config file, if it has one: detection settings only. */
function repositoryDetection(files: SettingsFiles, warnings: string[]): DetectionSettings | undefined {
  for (const rel of [CONFIG_FILE, GITLEAKS_CONFIG_FILE]) {
    const text = files.read(rel);
    if (text === undefined) continue;
    const label = files.label(rel);
    const labels = new Map([[label, rel]]);
    const { detection, ignoredOperatorKeys } = readRepositoryConfig(text, label, {
      include: repositoryInclude(files, labels),
    });
    if (ignoredOperatorKeys.length > 0) {
      warnings.push(
        `${label} sets operator settings, ignored: ${ignoredOperatorKeys.join(", ")} ` +
          `(a scanned repository cannot choose hosts, commands, files or tickets: use --config FILE, flags or ${userConfigPath()})`,
      );
    }
    return detection;
  }
  return undefined;
}

/** The settings of one scan. */
export function loadSettings(options: LoadOptions): Config {
  const warnings: string[] = [];
  let operator: OperatorSettings = {};
  const userPath = options.userConfig === false ? undefined : (options.userConfig ?? userConfigPath());
  if (userPath && existsSync(userPath)) operator = readUserConfig(readDisk(userPath, "config"), userPath);

  let detection: DetectionSettings | undefined;
  if (options.explicit) {
    // an explicit file inside the scanned repository is read where the repository's files are read
    // (at the base commit of a pull request, say): the operator chose the name, not its content
    const rel = options.files ? insideRoot(options.files.root, resolve(options.explicit)) : undefined;
    const text = rel !== undefined ? options.files!.read(rel) : readDisk(options.explicit, "config");
    if (text === undefined)
      throw new LeakhoundError("BAD_CONFIG", `cannot read config ${options.files!.label(rel!)}: no such file`);
    const source = rel !== undefined ? options.files!.label(rel) : options.explicit;
    const labels = new Map([[source, rel ?? ""]]);
    const include = rel !== undefined ? repositoryInclude(options.files!, labels) : diskInclude;
    const explicit = readOperatorConfig(text, source, {
      include,
      ...(options.dialect ? { dialect: options.dialect } : {}),
    });
    detection = explicit.detection;
    operator = { ...operator, ...explicit.operator };
  } else if (options.files) {
    detection = repositoryDetection(options.files, warnings);
  }
  return { ...(detection ?? defaultSettings()), ...operator, warnings };
}

/** The folder a scan root stands for: itself, or the folder holding it when it is a file. */
export function rootFolder(searchDir: string): string | undefined {
  try {
    return statSync(searchDir).isDirectory() ? searchDir : dirname(searchDir);
  } catch {
    return undefined;
  }
}

/**
 * The library's entry: `--config FILE` if given, else the config file of the folder `searchDir`
 * (its detection settings only), else the built-in rules.
 */
export function loadConfig(explicitPath: string | undefined, searchDir: string): Config {
  const dir = rootFolder(searchDir);
  return loadSettings({
    ...(explicitPath ? { explicit: explicitPath } : {}),
    ...(dir !== undefined ? { files: workTreeFiles(dir) } : {}),
  });
}
