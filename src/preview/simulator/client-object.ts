/**
 * The proxy-object machinery shared by every simulated Excel object, following office.js:
 * a property reads only after `load()` + `context.sync()` (else PropertyNotLoaded), a property you assign
 * reads back your value at once (office.js keeps it in the proxy), writes and method calls are queued and run
 * in order on sync, `*OrNullObject` objects learn `isNullObject` on sync; collections load their `items`.
 */
import type { ExecEnv, SimContext, SimOperation } from "./context";
import { propertyNotLoaded, simError } from "./errors";
import { LoadRequest, normalizeLoad } from "./load-paths";

export abstract class SimObject {
  /** Properties loaded by a sync or assigned locally, as office.js keeps them in the proxy. */
  private readonly fields = new Map<string, unknown>();
  private nullState: boolean | undefined;

  protected constructor(
    protected readonly ctx: SimContext,
    protected readonly entity: string,
    /** Created by an *OrNullObject method: a missing target makes a null object instead of an error. */
    protected readonly nullable = false,
  ) {
    if (nullable) {
      ctx.enqueue({
        kind: "resolve",
        location: `${entity}.isNullObject`,
        run: (env) => {
          const exists = this.locate(env);
          env.commits.push(() => {
            this.nullState = !exists;
          });
        },
      });
    }
  }

  /** Names of the scalar properties `load()` without arguments reads. */
  protected abstract readonly scalarNames: readonly string[];
  /** Scalar properties that may be assigned (and hence `set()`). */
  protected readonly writableNames: readonly string[] = [];

  /** Child objects reachable by a load path or `set()` (format, font, …). */
  protected navigation(_name: string): SimObject | undefined {
    return undefined;
  }

  /** Finds the object's target in the workbook; false when it does not exist (null objects), or throws. */
  protected abstract locate(env: ExecEnv): boolean;

  protected abstract readScalar(env: ExecEnv, name: string): unknown;

  protected writeScalar(_env: ExecEnv, name: string, _value: unknown): void {
    throw simError("InvalidArgument", `The property '${name}' is read-only.`, `${this.entity}.${name}`);
  }

  /** Throws unless the target exists; every queued write and method goes through this first. */
  protected requireTarget(env: ExecEnv, location: string): void {
    if (!this.locate(env)) throw simError("ItemNotFound", undefined, location);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject", this.entity);
    return this.nullState;
  }

  protected prop<T>(name: string): T {
    if (this.fields.has(name)) return this.fields.get(name) as T;
    if (this.nullState === true) return undefined as T;
    throw propertyNotLoaded(name, this.entity);
  }

  protected assign(name: string, value: unknown): void {
    this.fields.set(name, value);
    this.ctx.enqueue({
      kind: "set",
      location: `${this.entity}.${name}`,
      payload: { [name]: value },
      run: (env) => {
        this.requireTarget(env, `${this.entity}.${name}`);
        this.writeScalar(env, name, value);
      },
    });
  }

  /** Queues a method call; `run` executes on sync against the located target. */
  protected queue(method: string, payload: unknown, run: (env: ExecEnv) => void): void {
    const location = `${this.entity}.${method}`;
    this.ctx.enqueue({
      kind: "method",
      location,
      payload,
      run: (env) => {
        this.requireTarget(env, location);
        run(env);
      },
    });
  }

  load(arg?: unknown): this {
    const request = normalizeLoad(arg, `${this.entity}.load`);
    this.ctx.enqueue({
      kind: "load",
      location: `${this.entity}.load`,
      run: (env) => this.performLoad(env, request),
    });
    return this;
  }

  /** @internal Runs a load at its place in the queue; values reach the proxy only if the whole sync succeeds. */
  performLoad(env: ExecEnv, request: LoadRequest): void {
    if (!this.locate(env)) {
      if (this.nullable) {
        env.commits.push(() => {
          this.nullState = true;
        });
        return;
      }
      throw simError("ItemNotFound", undefined, `${this.entity}.load`);
    }
    const values = new Map<string, unknown>();
    const children = new Map<string, string[][]>();
    const all = request.paths.length === 0;
    const scalarsWanted = new Set<string>(all ? this.scalarNames : []);
    for (const path of request.paths) {
      const [head, ...rest] = path;
      if (head === "*") {
        this.scalarNames.forEach((n) => scalarsWanted.add(n));
        continue;
      }
      if (head === "isNullObject") continue;
      const nav = this.navigation(head);
      if (nav) {
        const list = children.get(head) ?? [];
        list.push(rest);
        children.set(head, list);
      } else if (this.scalarNames.includes(head)) scalarsWanted.add(head);
      else
        throw simError(
          "InvalidArgument",
          `The property '${head}' does not exist on ${this.entity}.`,
          `${this.entity}.load`,
        );
    }
    for (const name of scalarsWanted) values.set(name, this.readScalar(env, name));
    for (const [name, paths] of children) {
      const nav = this.navigation(name) as SimObject;
      const nested = paths.some((p) => p.length === 0) ? [] : paths;
      nav.performLoad(env, { paths: nested });
    }
    env.commits.push(() => {
      for (const [name, value] of values) this.fields.set(name, value);
      this.nullState = false;
    });
  }
}

/** A collection: its `items` after load (each loaded with the paths under "items/"). */
export abstract class SimCollection<T extends SimObject> extends SimObject {
  private loadedItems: T[] | undefined;
  private readonly itemCache = new Map<string, T>();

  /** Keys (ids) of the collection's current items, in order. */
  protected abstract itemKeys(env: ExecEnv): string[];
  protected abstract createItem(key: string): T;

  protected item(key: string): T {
    let item = this.itemCache.get(key);
    if (!item) {
      item = this.createItem(key);
      this.itemCache.set(key, item);
    }
    return item;
  }

  get items(): T[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded("items", this.entity);
    return this.loadedItems;
  }

  protected locate(_env: ExecEnv): boolean {
    return true;
  }

  protected readScalar(): unknown {
    return undefined;
  }

  /** @internal */
  override performLoad(env: ExecEnv, request: LoadRequest): void {
    if (!this.locate(env)) throw simError("ItemNotFound", undefined, `${this.entity}.load`);
    const itemPaths: string[][] = [];
    for (const path of request.paths) {
      const [head, ...rest] = path;
      if (head !== "items") itemPaths.push([...path]);
      else itemPaths.push(rest.length > 0 ? rest : ["*"]);
    }
    const items = this.itemKeys(env).map((key) => this.item(key));
    for (const item of items) item.performLoad(env, { paths: itemPaths });
    env.commits.push(() => {
      this.loadedItems = items;
    });
  }
}

export type { SimOperation };
