#!/usr/bin/python3
"""A small SPARQL 1.1 Protocol server for tests/test_query_cli.sh, on
127.0.0.1 only: it logs each request (content type, body) to LOG and
answers SELECT with one solution in SPARQL JSON, CONSTRUCT with Turtle, and
a query holding "fail" with an HTML error page (HTTP 400), as Virtuoso does.
It writes "ready" to LOG once listening.

usage: sparql_endpoint_stub.py PORT LOG
"""

import http.server
import json
import sys

port, log = int(sys.argv[1]), sys.argv[2]


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, content_type, body):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        with open(log, "a") as f:
            f.write(self.headers["Content-Type"] + "\t"
                    + body.replace("\n", " ") + "\n")
        if "fail" in body:
            self.answer(400, "text/html", b"<html><body><h1>Virtuoso 37000 "
                        b"Error</h1> SP030: syntax</body></html>")
        elif "CONSTRUCT" in body:
            self.answer(200, "text/turtle", b"<urn:a> <urn:b> 1 .\n")
        else:
            x = {"type": "literal", "value": "1",
                 "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
            self.answer(200, "application/sparql-results+json", json.dumps(
                {"head": {"vars": ["x"]},
                 "results": {"bindings": [{"x": x}]}}).encode())


server = http.server.HTTPServer(("127.0.0.1", port), Handler)
with open(log, "w") as f:
    f.write("ready\n")
server.serve_forever()
