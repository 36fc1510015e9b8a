#!/usr/bin/env python3
"""Writes a connect-sim project holding three of the Go simulator's own legacy flows, taken from its checkout.

Usage: extract-flows.py GO_CHECKOUT PROJECT_DIR

The flows are the raw strings sampleLambda, sampleRecording and sampleQueue of the checkout's simulator_test.go,
written byte for byte to PROJECT_DIR/flows/<name>.json, with an instance file that gives each a phone number, the
queue and hours sampleQueue names, and the Lambda answer sampleLambda's function gives (calls.json says what each
call does). Nothing of the checkout is kept in this repository: the flows are read from it at run time.
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
FLOWS = ("sampleLambda", "sampleRecording", "sampleQueue")


def extract(test_file):
    """The raw strings the Go test file assigns to FLOWS, by variable name; fails naming a missing one."""
    text = test_file.read_text(encoding="utf-8")
    found = {}
    for name in FLOWS:
        match = re.search(r"^var " + name + r" = `([^`]*)`", text, re.MULTILINE)
        if match is None:
            sys.exit(f"extract-flows: {test_file}: no raw string 'var {name} = `...`'; expected the sample flows of"
                     " edwardbrowncross/amazon-connect-simulator's simulator_test.go")
        found[name] = match.group(1)
    return found


def instance_file(calls, flows):
    """flows/instance.yaml: the instance id the exports name, a number per flow, the queue, the Lambda answers."""
    lines = ["# Written by benchmarks/side-by-side/extract-flows.py from the Go simulator's sample flows.",
             "instance:",
             f"  id: {calls['instanceId']}",
             "queues:"]
    for name, queue in calls["queues"].items():
        lines.append(f"  {json.dumps(name)}: {{id: {queue['id']}}}")
    lines.append("phoneNumbers:")
    for name, flow in calls["flows"].items():
        lines.append(f"  {json.dumps(flow['number'])}: {json.dumps(flows[name])}")
    lines.append("flows:")
    for name in calls["flows"]:
        lines.append(f"  {json.dumps(flows[name])}: {{file: {name}.json, type: CONTACT_FLOW}}")
    lines.append("lambdas:")
    lines.append("  functions:")
    for arn, answer in calls["lambdas"].items():
        lines.append(f"    {json.dumps(arn)}:")
        lines.append(f"      returns: {json.dumps(answer)}")
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: extract-flows.py GO_CHECKOUT PROJECT_DIR")
    checkout, project = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    test_file = checkout / "simulator_test.go"
    if not test_file.is_file():
        sys.exit(f"extract-flows: {test_file}: no such file; expected a checkout of"
                 " edwardbrowncross/amazon-connect-simulator")
    calls = json.loads((HERE / "calls.json").read_text(encoding="utf-8"))
    raw = extract(test_file)
    flows_dir = project / "flows"
    flows_dir.mkdir(parents=True, exist_ok=True)
    names = {}
    for name in FLOWS:
        (flows_dir / f"{name}.json").write_text(raw[name], encoding="utf-8")
        names[name] = json.loads(raw[name])["metadata"]["name"]
    (flows_dir / "instance.yaml").write_text(instance_file(calls, names), encoding="utf-8")


if __name__ == "__main__":
    main()
