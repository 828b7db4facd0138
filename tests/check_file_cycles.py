#!/usr/bin/env python3
"""No two files of src/ call each other, directly or round a loop (issue 14).

usage: check_file_cycles.py BUILD_DIR

Reads the object files of the library's targets and the CLI with `nm`: a
file depends on the file that defines a symbol it leaves undefined.  Prints
every strongly connected group of two or more files with the symbols that
tie them, and exits 1 when there is one; 0 and the count of files when the
graph of files is a stack.
"""
import collections
import pathlib
import subprocess
import sys

TARGETS = ("dialoguekg_objects", "dialoguekg_graph", "dialoguekg_query",
           "dialoguekg_extract", "dialoguekg_cli")


def main():
    build = pathlib.Path(sys.argv[1])
    objects = []
    for target in TARGETS:
        objects += sorted((build / "CMakeFiles" / (target + ".dir")).rglob("*.c.o"))
    if len(objects) < 50:
        print(f"FAIL: found only {len(objects)} object files under {build}")
        return 1
    defined = {}
    undefined = collections.defaultdict(set)
    for obj in objects:
        name = str(obj).split(".dir/", 1)[1][: -len(".o")]
        out = subprocess.run(["nm", str(obj)], capture_output=True, text=True,
                             check=True).stdout
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[1] in "TDBR":
                defined[parts[2]] = name
            elif len(parts) == 2 and parts[0] == "U":
                undefined[name].add(parts[1])
    calls = {name: set() for name in set(defined.values()) | set(undefined)}
    for name, symbols in undefined.items():
        for sym in symbols:
            if sym in defined and defined[sym] != name:
                calls[name].add(defined[sym])
    groups = strongly_connected(calls)
    for group in groups:
        print("FAIL: these files call each other round a loop:")
        for a in sorted(group):
            for b in sorted(calls[a] & group):
                syms = sorted(s for s in undefined[a] if defined.get(s) == b)
                print(f"  {a} -> {b}: {', '.join(syms[:4])}")
    if groups:
        return 1
    print(f"{len(calls)} files, no loop of calls between them")
    return 0


def strongly_connected(graph):
    """Tarjan's algorithm, iterative; groups of two or more nodes."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(group)
    return groups


if __name__ == "__main__":
    sys.exit(main())
