# connect-sim's Python worker: runs one team handler for one execution environment, on virtual time.
# Protocol: JSON lines on stdin/stdout, one request then one reply. The first request is "init" (load the handler),
# then "invoke" requests. What the handler prints is captured and sent back with the reply, never on stdout.
# Standard library only. The worker exits when its stdin closes.
import asyncio
import datetime as _datetime
import importlib
import json
import os
import random
import sys
import time
import traceback

_protocol = os.fdopen(os.dup(1), "w", encoding="utf-8")
os.dup2(2, 1)
_real_perf_counter = time.perf_counter
_real_asyncio_sleep = asyncio.sleep
_RealDateTime = _datetime.datetime


class _Capture:
    """Collects what the handler prints, line by line."""

    def __init__(self):
        self.lines = []
        self.partial = ""

    def write(self, text):
        text = self.partial + str(text)
        parts = text.split("\n")
        self.partial = parts.pop()
        self.lines.extend(parts)
        return len(text)

    def flush(self):
        pass

    def isatty(self):
        return False

    def take(self):
        if self.partial:
            self.lines.append(self.partial)
            self.partial = ""
        lines, self.lines = self.lines, []
        return lines


_captured = _Capture()
sys.stdout = _captured
sys.stderr = _captured


# ---- virtual time -------------------------------------------------------------------------------------------------

class _Clock:
    now = 0
    deadline = float("inf")
    slept = 0


class _TimedOut(BaseException):
    """The handler's virtual time reached the function's timeout."""


def _advance(seconds):
    millis = max(0.0, float(seconds) * 1000.0)
    if _Clock.now + millis > _Clock.deadline:
        _Clock.slept += max(0, _Clock.deadline - _Clock.now)
        _Clock.now = _Clock.deadline
        raise _TimedOut()
    _Clock.now += millis
    _Clock.slept += millis


def _virtual_time():
    return _Clock.now / 1000.0


def _virtual_time_ns():
    return int(_Clock.now * 1_000_000)


async def _virtual_asyncio_sleep(delay, result=None):
    _advance(delay)
    await _real_asyncio_sleep(0)
    return result


class _VirtualDateTime(_RealDateTime):
    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_virtual_time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(_virtual_time(), _datetime.timezone.utc).replace(tzinfo=None)

    @classmethod
    def today(cls):
        return cls.now()


def _install_virtual_time():
    time.time = _virtual_time
    time.time_ns = _virtual_time_ns
    time.sleep = _advance
    asyncio.sleep = _virtual_asyncio_sleep
    _datetime.datetime = _VirtualDateTime


# ---- loading the handler ---------------------------------------------------------------------------------------

def _place(root, tb):
    frames = [frame for frame in traceback.extract_tb(tb) if frame.filename.startswith(root)]
    if not frames:
        return None
    return "%s:%s" % (os.path.relpath(frames[-1].filename, root), frames[-1].lineno)


def _load(root, handler):
    if "." not in handler:
        return {"errorType": "Runtime.MalformedHandlerName",
                "errorMessage": "Bad handler '%s': not enough values to unpack (expected 2, got 1)" % handler}
    module_name, function_name = handler.rsplit(".", 1)
    sys.path.insert(0, root)
    try:
        module = importlib.import_module(module_name.replace("/", "."))
    except SyntaxError as error:
        place = None
        if error.filename:
            place = "%s:%s" % (os.path.relpath(error.filename, root), error.lineno)
        return {"errorType": "Runtime.UserCodeSyntaxError",
                "errorMessage": "%s: %s" % (type(error).__name__, error.msg), "place": place}
    except ImportError as error:
        return {"errorType": "Runtime.ImportModuleError",
                "errorMessage": "Unable to import module '%s': %s" % (module_name, error),
                "place": _place(root, error.__traceback__)}
    except Exception as error:
        return {"errorType": type(error).__name__, "errorMessage": str(error),
                "place": _place(root, error.__traceback__)}
    function = getattr(module, function_name, None)
    if function is None:
        exported = sorted(name for name, value in vars(module).items()
                          if callable(value) and not name.startswith("_")
                          and getattr(value, "__module__", None) == module.__name__)
        return {"errorType": "Runtime.HandlerNotFound",
                "errorMessage": "Handler '%s' missing on module '%s'" % (function_name, module_name),
                "exported": exported}
    return {"function": function}


# ---- one invocation --------------------------------------------------------------------------------------------

class LambdaContext:
    """The context of one invocation, with the fields of Lambda's Python runtime."""

    def __init__(self, request, info):
        self.aws_request_id = request["awsRequestId"]
        self.function_name = info["functionName"]
        self.function_version = "$LATEST"
        self.invoked_function_arn = request["invokedFunctionArn"]
        self.memory_limit_in_mb = str(info["memory"])
        self.log_group_name = "/aws/lambda/" + info["functionName"]
        self.log_stream_name = request["logStreamName"]
        self.identity = None
        self.client_context = None
        self._ends_at = request["endsAt"]

    def get_remaining_time_in_millis(self):
        return int(max(0, self._ends_at - _Clock.now))

    def __repr__(self):
        return "LambdaContext([aws_request_id=%s,function_name=%s,function_version=%s,invoked_function_arn=%s])" % (
            self.aws_request_id, self.function_name, self.function_version, self.invoked_function_arn)


_handler = None
_info = None


def _invoke(request):
    _Clock.now = max(_Clock.now, request["now"])
    _Clock.deadline = request["deadline"]
    _Clock.slept = 0
    started = _real_perf_counter()
    reply = {}
    try:
        result = _handler(request["event"], LambdaContext(request, _info))
        try:
            reply["body"] = json.loads(json.dumps(result))
            reply["ok"] = True
        except (TypeError, ValueError) as error:
            reply.update(ok=False, errorType="Runtime.MarshalError",
                         errorMessage="Unable to marshal response: %s" % error)
    except _TimedOut:
        reply["timedOut"] = True
    except Exception as error:
        reply.update(ok=False, errorType=type(error).__name__, errorMessage=str(error))
    reply["sleptMillis"] = int(_Clock.slept)
    reply["realMillis"] = int((_real_perf_counter() - started) * 1000)
    reply["log"] = _captured.take()
    return reply


def _serve(request):
    global _handler, _info
    if request["type"] == "init":
        _info = request
        _Clock.now = request["now"]
        random.seed(request["seed"])
        _install_virtual_time()
        loaded = _load(request["root"], request["handler"])
        if "function" in loaded:
            _handler = loaded["function"]
            return {"ready": True, "executable": sys.executable, "log": _captured.take()}
        loaded.update(ready=False, log=_captured.take())
        return loaded
    return _invoke(request)


def _main():
    for line in iter(sys.stdin.readline, ""):
        try:
            reply = _serve(json.loads(line))
        except BaseException as error:  # the worker answers whatever happens; the run decides what it means
            reply = {"ok": False, "ready": False, "errorType": type(error).__name__, "errorMessage": str(error),
                     "log": _captured.take()}
        _protocol.write(json.dumps(reply) + "\n")
        _protocol.flush()


_main()
