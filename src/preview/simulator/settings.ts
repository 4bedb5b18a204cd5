/**
 * Excel.SettingCollection / Excel.Setting: key–value settings persisted in the document (per add-in), kept in
 * the state as JSON text so values round-trip the way the document stores them.
 */
import { SimCollection, SimObject } from "./client-object";
import type { ExecEnv, SimContext } from "./context";
import { simError } from "./errors";

function encode(value: unknown, location: string): string {
  if (value === undefined || typeof value === "function")
    throw simError("InvalidArgument", undefined, location);
  return JSON.stringify(value);
}

export class SimSetting extends SimObject {
  protected readonly scalarNames = ["key", "value"] as const;
  protected override readonly writableNames = ["value"] as const;

  constructor(
    ctx: SimContext,
    private readonly key_: string,
    nullable = false,
  ) {
    super(ctx, "Setting", nullable);
  }

  get key(): string {
    return this.prop("key");
  }

  get value(): unknown {
    return this.prop("value");
  }

  set value(value: unknown) {
    this.assign("value", value);
  }

  delete(): void {
    this.queue("delete", { key: this.key_ }, (env) => {
      env.state.settings.delete(this.key_);
    });
  }

  protected locate(env: ExecEnv): boolean {
    if (env.state.settings.has(this.key_)) return true;
    if (this.nullable) return false;
    throw simError("ItemNotFound", `The setting '${this.key_}' doesn't exist.`, "Setting");
  }

  protected readScalar(env: ExecEnv, name: string): unknown {
    if (name === "key") return this.key_;
    return JSON.parse(env.state.settings.get(this.key_) as string);
  }

  protected override writeScalar(env: ExecEnv, _name: string, value: unknown): void {
    env.state.settings.set(this.key_, encode(value, "Setting.value"));
  }
}

export class SimSettingCollection extends SimCollection<SimSetting> {
  protected readonly scalarNames: readonly string[] = [];

  constructor(ctx: SimContext) {
    super(ctx, "SettingCollection");
  }

  protected itemKeys(env: ExecEnv): string[] {
    return [...env.state.settings.keys()];
  }

  protected createItem(key: string): SimSetting {
    return new SimSetting(this.ctx, key);
  }

  add(key: string, value: unknown): SimSetting {
    if (typeof key !== "string" || key.length === 0)
      throw simError("InvalidArgument", undefined, "SettingCollection.add");
    const text = encode(value, "SettingCollection.add");
    this.queue("add", { key, value }, (env) => {
      env.state.settings.set(key, text);
    });
    return new SimSetting(this.ctx, key);
  }

  getItemOrNullObject(key: string): SimSetting {
    return new SimSetting(this.ctx, key, true);
  }
}
