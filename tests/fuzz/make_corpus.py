#!/usr/bin/env python3
"""Writes the seed corpus of each fuzz target into tests/fuzz/corpus/<target>/ from
the shipped samples, templates and schemas and from the bad-input and hostile-text
tables of the test suites (copied here as literals). Run it again after changing a
table; it replaces the seeds it writes and keeps files it did not write (crash
reproducers added by hand). A few dozen small files per target: the fuzzer grows
its own corpus in build/fuzz/ and in long runs (tests/fuzz/run.sh).

Usage: tests/fuzz/make_corpus.py
"""
import base64
import glob
import hashlib
import hmac
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def read(rel):
    with open(os.path.join(ROOT, rel), "rb") as f:
        return f.read()


def write(target, name, data):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


# From tests/bundle/bundle_writer_tests.cpp and tests/render/hostile_text_tests.cpp.
HOSTILE = [
    "\"quoted\" <b>&amp;</b> {{title}} {{#x}} \\ / \u0110or\u0111evi\u0107 \u0421\u043a\u043e\u043f\u0458\u0435 "
    "\u05e2\u05d1\u05e8\u05d9\u05ea e\u0301 \U0001F1F2\U0001F1F0\n\tnext",
    "]]> <![CDATA[ x ]]> &#0; &lt; <?xml?> <!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
    "\u202e\u200b\ufeff\u00a0 right-to-left and zero width",
]

# --- bundle: the sample, the country list, the bad bundle of the CLI tests, the
# malformed texts of tests/bundle/bundle_reader_tests.cpp, small edits of the sample.
sample = json.loads(read("samples/skopje-2016/skopje-2016.json"))
write("bundle", "skopje-2016.json", read("samples/skopje-2016/skopje-2016.json"))
write("bundle", "countries.json", read("samples/reference/countries.json"))
write("bundle", "bad_bundle.json", read("tests/cli/bad_bundle.json"))
for i, text in enumerate(["", "{", "[]", "null", "{\"format\":", "\x01\x02", "{\"a\":1}}"]):
    write("bundle", "malformed-%d.json" % i, text)
small = dict(sample)
small["declarations"] = sample["declarations"][:1]
for key in ("commitments", "assignments", "reports"):
    if key in small:
        small[key] = small[key][:1]
write("bundle", "small.json", json.dumps(small))
hostile = json.loads(json.dumps(small))
hostile["conference"]["title"] = HOSTILE[0].replace("\n", " ")
write("bundle", "hostile-title.json", json.dumps(hostile))
for i, (path, value) in enumerate([("startDate", "2018-02-30"), ("startDate", 7), ("city", None),
                                   ("status", "postponed"), ("id", "no spaces")]):
    bad = json.loads(json.dumps(small))
    bad["conference"][path] = value
    write("bundle", "bad-conference-%d.json" % i, json.dumps(bad))
write("bundle", "deep.json", "[" * 200 + "]" * 200)

# --- http_decode: the first byte picks the decoder (http_decode_fuzz.cpp's order);
# bodies from tests/http/bad_input_api_tests.cpp and the sample's records.
conf = ('"id":"c1","title":"T","city":"C","startDate":"2018-01-01","endDate":"2018-01-02"')
bodies = {
    0: ["{" + conf + "}", "{" + conf + ',"mood":"happy"}', '{"id":"c1","title":7}',
        "{" + conf + ',"delegations":[{"country":"Macedonia","members":[]}]}',
        "{" + conf + ',"languages":["en",5]}', '{"id":"c1","title":"a\\ud800b"}',
        json.dumps({"conference": sample["conference"]})],
    1: ['{"title":"New"}', '{"endDate":"2016-10-01"}', '{"id":"other"}', '{"status":"postponed"}'],
    2: ['{"country":"MK","members":[{"name":"A","role":"head"}]}', '{"country":"mk"}'],
    3: [json.dumps(sample["declarations"][0]), '{"id":"d1","title":"T"}'],
    5: ['{"status":"closed"}', '{"title":null}'],
    6: [json.dumps({k: v for k, v in sample["declarations"][0]["revisions"][0].items()
                    if k in ("preamble", "operative", "closingFormula", "changeNote")}),
        '{"preamble":[]}', '{"operative":[{"id":"op-1","text":"' + HOSTILE[0].replace("\\", "\\\\")
        .replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"}]}'],
    7: ['{"country":"MK","status":"endorsed","date":"2016-10-28","signer":{"name":"A"}}',
        '{"country":"MK","status":"ad-referendum"}'],
    8: [json.dumps(sample["commitments"][0]) if sample.get("commitments") else "{}"],
    9: ['{"text":"New"}', '{"deadline":"2018-13-01"}'],
    10: ['{"state":"accepted"}', '{"state":"returned","reason":"why"}'],
    11: ['{"id":"r9","periodStart":"2017-01-01","periodEnd":"2017-02-01","percent":"70"}',
         '{"id":"r9","periodStart":"2017-01-01","periodEnd":"2017-02-01","percent":70,"narrative":"n"}'],
    12: ['{"state":"submitted"}', '{"narrative":"x","percent":101}'],
    13: ['{"user":"monitor","password":"secret"}', '{"user":""}'],
    14: ['{"name":"x","role":"monitor","country":"MK"}', '{"name":"x","role":"king"}'],
    15: ['{"displayName":"X"}', '{"role":"secretariat"}'],
    16: ["{}", '{"password":"p"}', '{"password":7}'],
}
for selector, texts in bodies.items():
    for i, text in enumerate(texts):
        write("http_decode", "decoder%02d-%d" % (selector, i), bytes([selector]) + text.encode("utf-8"))

# --- query: tests/http query cases and the API's filters.
for i, text in enumerate(["limit=10&offset=0", "limit=-1", "country=MK", "country=m", "%zz", "a=1&a=2",
                          "from=2016-01-01T00:00:00Z&to=yesterday", "status=endorsed&format=docx",
                          "a=%E2%82%AC+b&empty=&=x", "entity=declaration&id=x", "limit=99999999999999999999",
                          "q=%00%01%ff", "&&&=&", "x=" + "%41" * 40]):
    write("query", "query-%02d" % i, text)

# --- web_form: the editor's fields (tests/web/editor_form_tests.cpp), url-encoded.
from urllib.parse import urlencode  # noqa: E402
forms = [
    [("c.0.id", "c1"), ("c.0.order", "2"), ("c.0.text", "First"), ("c.1.id", "c2"), ("c.1.order", "1"),
     ("c.1.text", "Second"), ("c.new.id", ""), ("c.new.order", "3"), ("c.new.text", "")],
    [("c.0.id", "c1"), ("c.0.order", "1"), ("c.0.text", "One"), ("c.0.new.id", ""), ("c.0.new.order", "1"),
     ("c.0.new.text", "sub-item"), ("r.new.id", ""), ("r.new.order", "1"), ("r.new.lead", "Noting"),
     ("r.new.text", "the report,")],
    [("c.0.id", "c1"), ("c.0.order", "1"), ("c.0.text", "One"), ("c.0.delete", "1"), ("c.0.0.id", "c1a"),
     ("c.0.0.order", "1"), ("c.0.0.text", "sub"), ("c.0.0.0.id", "x"), ("c.0.0.0.text", "deep")],
    [("r.0.id", "rec-1"), ("r.0.order", "x"), ("r.0.lead", "Recalling"), ("r.0.text", HOSTILE[0]),
     ("closingFormula", "Done"), ("changeNote", HOSTILE[1])],
    [("c.99999999999999999999.id", "c"), ("c.-1.order", "-5"), ("c..text", "t"), ("r.new.new.id", "")],
    # The editor's buttons (issue 19): a move, an added sub-item, an op the form has no row for.
    [("c.0.id", "c1"), ("c.0.order", "1"), ("c.0.text", "One"), ("c.1.id", "c2"), ("c.1.order", "2"),
     ("c.1.text", "Two"), ("op", "up c.1")],
    [("c.0.id", "c1"), ("c.0.order", "1"), ("c.0.text", "One"), ("op", "add-sub c.0")],
    [("c.0.id", "c1"), ("c.0.order", "1"), ("c.0.text", "One"), ("op", "down c.0.0.0.0")],
]
for i, fields in enumerate(forms):
    write("web_form", "form-%d" % i, urlencode(fields))
write("web_form", "bad-escape", "c.0.text=%zz&c.0.id=%")

# --- template_lint: byte 0 even = Mustache lint, odd = XML lint; the shipped
# templates and tests/render/template_lint_tests.cpp's refused tags.
for path in sorted(glob.glob(os.path.join(ROOT, "templates/xml/*.mustache")))[:3]:
    data = open(path, "rb").read()
    write("template_lint", "m-" + os.path.basename(path), b"\x00" + data)
    write("template_lint", "x-" + os.path.basename(path), b"\x01" + data)
for path in sorted(glob.glob(os.path.join(ROOT, "templates/html/*.mustache")))[:6]:
    write("template_lint", "m-" + os.path.basename(path), b"\x00" + open(path, "rb").read())
for i, text in enumerate(["<a>{{{title}}}</a>", "<a>{{& title}}</a>", "<a>{{> header}}</a>",
                          "<a>{{=<% %>=}}</a>", "<a>{{#clauses}}</a>", "<a>{{/clauses}}</a>", "<a>{{title</a>",
                          "<a>{{^x}}{{.}}{{/x}}{{! c}}</a>", "<a b='{{t}}'>&amp;&#x1F1F2;</a>",
                          "<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>", "<a>\u00e9\n{{t}}</b>"]):
    write("template_lint", "refused-m-%02d" % i, b"\x00" + text.encode("utf-8"))
    write("template_lint", "refused-x-%02d" % i, b"\x01" + text.encode("utf-8"))

# --- xml_validator: the schemas themselves (XML), tiny documents of each root,
# malformed and entity-laden XML.
for path in sorted(glob.glob(os.path.join(ROOT, "schema/*.xsd"))):
    write("xml_validator", os.path.basename(path), open(path, "rb").read())
for i, text in enumerate([
        "<?xml version='1.0'?><declaration xmlns='urn:accord:declaration'/>",
        "<declaration/>", "<a><b></a>", "", "<?xml version='1.0' encoding='UTF-16'?><a/>",
        "<!DOCTYPE a [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><a>&e;</a>",
        "<!DOCTYPE a [<!ENTITY a '&b;&b;'><!ENTITY b 'xx'>]><a>&a;</a>",
        "<x:a xmlns:x='urn:unknown'/>", "<a>" + HOSTILE[1].replace("<!DOCTYPE", "") + "</a>",
        "<?xml version='1.0'?>\n<!-- c -->\n<a xmlns:xi='http://www.w3.org/2001/XInclude'>"
        "<xi:include href='/etc/passwd' parse='text'/></a>"]):
    write("xml_validator", "doc-%02d.xml" % i, text)

# --- jwt: a token of the shape the service issues (HS256, sub, jti, iat, exp)
# signed with another key, "alg: none" and HS/RS confusion, broken encodings.
def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token(header, claims, key=b"not-the-server-key-but-32-bytes!"):
    head = b64(json.dumps(header).encode()) + "." + b64(json.dumps(claims).encode())
    sig = b64(hmac.new(key, head.encode(), hashlib.sha256).digest())
    return head + "." + sig


claims = {"sub": "monitor", "jti": "0123456789abcdef", "iat": 1700000000, "exp": 4102444800}
write("jwt", "hs256", token({"alg": "HS256", "typ": "JWT"}, claims))
write("jwt", "hs256-kid", token({"alg": "HS256", "typ": "JWT", "kid": "../../etc/passwd"}, claims))
write("jwt", "none", b64(json.dumps({"alg": "none"}).encode()) + "." + b64(json.dumps(claims).encode()) + ".")
write("jwt", "rs256", token({"alg": "RS256", "typ": "JWT"}, claims))
write("jwt", "no-sub", token({"alg": "HS256"}, {"exp": 4102444800}))
write("jwt", "exp-string", token({"alg": "HS256"}, dict(claims, exp="tomorrow")))
for i, text in enumerate(["", ".", "..", "a.b.c", "e30.e30.", "%%%.***.!!!", "eyJ" * 30,
                          "eyJhbGciOiJIUzI1NiJ9.W10.x", "eyJhbGciOiJIUzI1NiJ9.bnVsbA.x"]):
    write("jwt", "broken-%d" % i, text)

# --- request_head: the host's head parser and body framing (tests/server/): a
# plain request, chunked, the smuggling shapes of http_transport_tests, HTTP/0.9,
# a folded field and a bad escape.
for name, raw in [
        ("get", b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("chunked", b"POST /api/v1/conferences HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    b"4\r\nabcd\r\n0\r\n\r\n"),
        ("smuggle", b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\nabc"),
        ("two_lengths", b"POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd"),
        ("http09", b"GET /healthz\r\n"),
        ("bad_chunk", b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"),
        ("folded", b"GET /a%zz HTTP/1.1\r\nHost: x\r\nX-A: b\r\n c\r\n\r\n")]:
    write("request_head", name, raw)
