// connect-sim's Node.js worker: runs one team handler for one execution environment, on virtual time.
// Protocol: JSON lines on stdin/stdout, one request then one reply. The first request is "init" (load the handler),
// then "invoke" requests. What the handler prints is captured and sent back with the reply, never on stdout.
// Standard library only. The worker exits when its stdin closes.
'use strict';

const path = require('path');
const fs = require('fs');
const readline = require('readline');
const nodeModule = require('module');
const url = require('url');

const realWrite = process.stdout.write.bind(process.stdout);
const realSetTimeout = setTimeout;
const realSetImmediate = setImmediate;
const RealDate = Date;
const hrtime = process.hrtime.bigint;

let captured = [];
let partial = '';

function capture(chunk, encoding, callback) {
  const text = partial + (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  const lines = text.split('\n');
  partial = lines.pop();
  captured.push(...lines);
  const done = typeof encoding === 'function' ? encoding : callback;
  if (typeof done === 'function') {
    done();
  }
  return true;
}

process.stdout.write = capture;
process.stderr.write = capture;

function takeLog() {
  if (partial !== '') {
    captured.push(partial);
    partial = '';
  }
  const log = captured;
  captured = [];
  return log;
}

function send(message) {
  realWrite(JSON.stringify(message) + '\n');
}

// ---- virtual time -------------------------------------------------------------------------------------------------

let now = 0;
let deadline = Infinity;
let slept = 0;
let nextTimerId = 1;
const timers = new Map();

class VirtualTimeout {
  constructor(id) {
    this.id = id;
  }
  ref() {
    return this;
  }
  unref() {
    return this;
  }
  hasRef() {
    return true;
  }
  refresh() {
    const timer = timers.get(this.id);
    if (timer) {
      timer.due = now + timer.delay;
    }
    return this;
  }
  close() {
    timers.delete(this.id);
    return this;
  }
  [Symbol.toPrimitive]() {
    return this.id;
  }
}

function schedule(fn, delay, args, repeat) {
  if (typeof fn !== 'function') {
    throw new TypeError('The "callback" argument must be of type function. Received ' + typeof fn);
  }
  const ms = Math.max(1, Math.floor(Number(delay) || 0));
  const id = nextTimerId++;
  timers.set(id, { id, due: now + ms, delay: ms, fn, args, repeat });
  return new VirtualTimeout(id);
}

function cancel(handle) {
  if (handle !== undefined && handle !== null) {
    timers.delete(typeof handle === 'object' ? handle.id : Number(handle));
  }
}

function virtualSetTimeout(fn, delay, ...args) {
  return schedule(fn, delay, args, false);
}

function virtualSetInterval(fn, delay, ...args) {
  return schedule(fn, delay, args, true);
}

function virtualSleep(delay, value) {
  return new Promise((resolve) => schedule(resolve, delay, [value], false));
}

class VirtualDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) {
      super(now);
    } else {
      super(...args);
    }
  }
  static now() {
    return now;
  }
}

function installVirtualTime() {
  globalThis.Date = VirtualDate;
  globalThis.setTimeout = virtualSetTimeout;
  globalThis.setInterval = virtualSetInterval;
  globalThis.clearTimeout = cancel;
  globalThis.clearInterval = cancel;
  const timersModule = require('timers');
  timersModule.setTimeout = virtualSetTimeout;
  timersModule.setInterval = virtualSetInterval;
  timersModule.clearTimeout = cancel;
  timersModule.clearInterval = cancel;
  const promises = require('timers/promises');
  promises.setTimeout = virtualSleep;
  nodeModule.syncBuiltinESMExports();
}

function nextTimer() {
  let first = null;
  for (const timer of timers.values()) {
    if (first === null || timer.due < first.due || (timer.due === first.due && timer.id < first.id)) {
      first = timer;
    }
  }
  return first;
}

function fire(timer) {
  if (timer.due > now) {
    slept += timer.due - now;
    now = timer.due;
  }
  if (timer.repeat) {
    timer.due = now + timer.delay;
  } else {
    timers.delete(timer.id);
  }
  timer.fn(...timer.args);
}

// ---- seeded Math.random ---------------------------------------------------------------------------------------------

function seedRandom(seed) {
  let state = seed >>> 0;
  Math.random = function random() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- real I/O ----------------------------------------------------------------------------------------------------

let idleResources = [];

/** Real I/O the handler is waiting for: active resources beyond the worker's own (its stdin), timers aside. */
function pendingRealIo() {
  const counts = new Map();
  for (const name of process.getActiveResourcesInfo()) {
    if (name !== 'Timeout' && name !== 'Immediate') {
      counts.set(name, (counts.get(name) || 0) + 1);
    }
  }
  for (const name of idleResources) {
    counts.set(name, (counts.get(name) || 0) - 1);
  }
  return [...counts.values()].some((count) => count > 0);
}

function turn() {
  return new Promise((resolve) => realSetImmediate(resolve));
}

function realPause() {
  return new Promise((resolve) => realSetTimeout(resolve, 1));
}

// ---- loading the handler ---------------------------------------------------------------------------------------

function errorOf(error) {
  if (error instanceof Error || (error && typeof error.name === 'string' && typeof error.message === 'string')) {
    return { errorType: error.name, errorMessage: error.message };
  }
  return { errorType: typeof error, errorMessage: String(error) };
}

/** "index.js:3" from a SyntaxError's stack, whose first line names the file and line. */
function syntaxPlace(error, root) {
  const first = String(error.stack || '').split('\n')[0];
  const match = /^(.*):(\d+)$/.exec(first);
  return match ? path.relative(root, match[1]) + ':' + match[2] : null;
}

async function load(root, handler) {
  const base = path.basename(handler);
  const dot = base.indexOf('.');
  if (handler.includes('..') || dot <= 0 || dot === base.length - 1) {
    return { errorType: 'Runtime.MalformedHandlerName', errorMessage: "'" + handler + "' is not a Node.js handler: "
      + 'expected file.export, such as index.handler' };
  }
  const moduleName = path.join(path.dirname(handler), base.substring(0, dot));
  const exportPath = base.substring(dot + 1);
  const candidates = ['', '.js', '.mjs', '.cjs'].map((ext) => path.resolve(root, moduleName + ext))
    .filter((file) => fs.existsSync(file) && fs.statSync(file).isFile());
  if (candidates.length === 0) {
    return { errorType: 'Runtime.ImportModuleError', errorMessage: 'Error: Cannot find module \'' + moduleName
      + '\' (no ' + moduleName + '.js, .mjs or .cjs in the code folder)' };
  }
  const file = candidates[0];
  let loaded;
  try {
    if (file.endsWith('.mjs') || (file.endsWith('.js') && isModulePackage(root))) {
      loaded = await import(url.pathToFileURL(file).href);
    } else {
      loaded = require(file);
    }
  } catch (error) {
    if (error instanceof SyntaxError) {
      const place = syntaxPlace(error, root);
      return { errorType: 'Runtime.UserCodeSyntaxError', errorMessage: 'SyntaxError: ' + error.message,
        place };
    }
    const described = errorOf(error);
    return { errorType: described.errorType, errorMessage: described.errorMessage,
      place: path.relative(root, file) };
  }
  const fn = exportPath.split('.').reduce((object, key) => object && object[key], loaded);
  if (!fn) {
    const exported = Object.keys(loaded || {}).filter((key) => typeof loaded[key] === 'function');
    return { errorType: 'Runtime.HandlerNotFound', errorMessage: handler + ' is undefined or not exported',
      exported };
  }
  if (typeof fn !== 'function') {
    return { errorType: 'Runtime.HandlerNotFound', errorMessage: handler + ' is not a function' };
  }
  return { fn };
}

function isModulePackage(root) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).type === 'module';
  } catch (error) {
    return false;
  }
}

// ---- one invocation --------------------------------------------------------------------------------------------

let handlerFn = null;
let functionInfo = null;
let current = null;

process.on('unhandledRejection', (reason) => {
  if (current !== null) {
    current({ name: 'Runtime.UnhandledPromiseRejection', message: String(reason && reason.stack ? reason.stack
      .split('\n')[0] : reason) }, null);
  }
});
process.on('uncaughtException', (error) => {
  if (current !== null) {
    current(error, null);
  }
});

function contextFor(request) {
  const endsAt = request.endsAt;
  const context = {
    callbackWaitsForEmptyEventLoop: true,
    awsRequestId: request.awsRequestId,
    functionName: functionInfo.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: request.invokedFunctionArn,
    memoryLimitInMB: String(functionInfo.memory),
    logGroupName: '/aws/lambda/' + functionInfo.functionName,
    logStreamName: request.logStreamName,
    getRemainingTimeInMillis: () => Math.max(0, endsAt - now),
  };
  return context;
}

async function invoke(request) {
  now = Math.max(now, request.now);
  deadline = request.deadline;
  slept = 0;
  const started = hrtime();
  const outcome = { settled: false, waitForEmptyLoop: false };
  const settle = (error, result) => {
    if (!outcome.settled) {
      outcome.settled = true;
      outcome.error = error;
      outcome.result = result;
    }
  };
  current = settle;
  const context = contextFor(request);
  const isAsync = handlerFn.constructor && handlerFn.constructor.name === 'AsyncFunction';
  const callback = (error, result) => {
    outcome.waitForEmptyLoop = context.callbackWaitsForEmptyEventLoop;
    settle(error === undefined || error === null ? null : error, result);
  };
  context.succeed = (result) => settle(null, result);
  context.fail = (error) => settle(error === undefined || error === null ? 'handled' : error, null);
  context.done = (error, result) => callback(error, result);
  try {
    const returned = handlerFn(request.event, context, callback);
    if (returned && typeof returned.then === 'function') {
      returned.then((result) => settle(null, result), (error) => settle(error, null));
    }
  } catch (error) {
    settle(error, null);
  }
  for (;;) {
    await turn();
    await turn();
    if (outcome.settled && !(outcome.waitForEmptyLoop && (timers.size > 0 || pendingRealIo()))) {
      break;
    }
    if (pendingRealIo()) {
      await realPause();
      continue;
    }
    const timer = nextTimer();
    if (timer !== null) {
      if (timer.due > deadline) {
        slept += deadline - now;
        now = deadline;
        current = null;
        return { timedOut: true, sleptMillis: slept, realMillis: realMillisSince(started), log: takeLog() };
      }
      try {
        fire(timer);
      } catch (error) {
        settle(error, null);
      }
      continue;
    }
    if (!outcome.settled) {
      if (isAsync) {
        settle({ name: 'Runtime.NodeJsExit', message: 'The Lambda runtime client detected an unexpected Node.js '
          + 'exit code. This is most commonly caused by a Promise that was never settled.' }, null);
      } else {
        settle(null, null);
      }
    }
    break;
  }
  current = null;
  const reply = { sleptMillis: slept, realMillis: realMillisSince(started), log: takeLog() };
  if (outcome.error !== null && outcome.error !== undefined) {
    Object.assign(reply, { ok: false }, errorOf(outcome.error));
  } else {
    try {
      reply.body = outcome.result === undefined ? null : JSON.parse(JSON.stringify(outcome.result));
      reply.ok = true;
    } catch (error) {
      Object.assign(reply, { ok: false, errorType: 'Runtime.MarshalError',
        errorMessage: 'Unable to stringify response body: ' + error.message });
    }
  }
  return reply;
}

function realMillisSince(started) {
  return Number((hrtime() - started) / 1000000n);
}

// ---- the request loop ------------------------------------------------------------------------------------------

async function serve(request) {
  if (request.type === 'init') {
    functionInfo = request;
    now = request.now;
    seedRandom(request.seed);
    installVirtualTime();
    const loaded = await load(request.root, request.handler);
    if (loaded.fn) {
      handlerFn = loaded.fn;
      return { ready: true, executable: process.execPath, log: takeLog() };
    }
    return Object.assign({ ready: false, log: takeLog() }, loaded);
  }
  return invoke(request);
}

const input = readline.createInterface({ input: process.stdin, terminal: false });
const queue = [];
let busy = false;
let closed = false;

async function drain() {
  if (busy) {
    return;
  }
  busy = true;
  while (queue.length > 0) {
    const request = JSON.parse(queue.shift());
    let reply;
    try {
      reply = await serve(request);
    } catch (error) {
      reply = Object.assign({ ok: false, ready: false, log: takeLog() }, errorOf(error));
    }
    send(reply);
  }
  busy = false;
  if (closed) {
    process.exit(0);
  }
}

input.on('line', (line) => {
  queue.push(line);
  drain();
});
input.on('close', () => {
  closed = true;
  if (!busy) {
    process.exit(0);
  }
});
realSetImmediate(() => {
  idleResources = process.getActiveResourcesInfo().filter((name) => name !== 'Timeout' && name !== 'Immediate');
});
