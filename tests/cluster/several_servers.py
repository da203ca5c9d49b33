"""Several accord-server instances behind nginx, on one PostgreSQL (README:
"Deploying several servers"). Three instances share the secret file; nginx from
Debian balances them round robin with passive health checks and retries an
idempotent request on another instance when one cannot be reached. Under a
write+read load through nginx one instance is killed with SIGKILL and restarted;
then:

- every acknowledged write (201) reads back from every instance: none is lost;
- the only 5xx answers are writes that were in flight on the killed instance
  (nginx never sends a POST twice); they are counted and printed;
- a token made by one instance is honoured by all, and the login throttle, kept
  in the database, refuses on every instance once it refuses on one;
- every instance sees a write made on another within the read cache's staleness
  bound (cache.maxStaleMs, 250 ms by default); the lag measured is printed.

With --bench it also measures, through nginx, JSON reads against nginx serving a
static file of the same size (wrk, 64 connections), and each instance's resident
memory before and after a 60 s load. Speed figures are printed, never asserted.

  several_servers.py --server accord-server --accord accord --source DIR
                     [--postgres URI] [--bench] [--load-seconds N]
The URI defaults to $ACCORD_TEST_POSTGRES; several_servers.sh starts a throw-away
PostgreSQL when there is none."""
import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

STALE_MS = 250  # accord-server's cache.maxStaleMs default (plugin/server/options.cpp)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def request(method, url, body=None, token=None, timeout=30, load_id=None):
    """(status, parsed JSON or text); status 0 when no answer came. load_id goes in
    X-Load-Id, which nginx logs with the instance it sent the request to."""
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    if load_id:
        req.add_header("X-Load-Id", load_id)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        raw = e.read()
        status = e.code
    except (urllib.error.URLError, ConnectionError, socket.timeout) as e:
        return 0, str(e)
    try:
        return status, json.loads(raw) if raw else None
    except ValueError:
        return status, raw.decode("utf-8", "replace")


class Instance:
    def __init__(self, n, args, storage, secret, workdir):
        self.n, self.args, self.storage, self.secret = n, args, storage, secret
        self.port = free_port()
        self.url = "http://127.0.0.1:%d" % self.port
        self.logpath = os.path.join(workdir, "server%d.log" % n)
        self.process = None

    def start(self):
        log = open(self.logpath, "a", encoding="utf-8")
        self.process = subprocess.Popen(
            [self.args.server, "--port", str(self.port), "--storage", self.storage, "--secret-file", self.secret,
             "--threads", "16", "--per-address-workers", "16"],
            env=dict(os.environ, ACCORD_HOME=self.args.source), stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("instance %d exited:\n%s" % (self.n, open(self.logpath).read()))
            if request("GET", self.url + "/healthz", timeout=2)[0] == 200:
                return
            time.sleep(0.1)
        raise RuntimeError("instance %d did not answer /healthz" % self.n)

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def rss_kib(self):
        for line in open("/proc/%d/status" % self.process.pid):
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0


class Nginx:
    def __init__(self, workdir, instances, source):
        self.dir = os.path.join(workdir, "nginx")
        os.makedirs(os.path.join(self.dir, "static"))
        self.port = free_port()
        self.url = "http://127.0.0.1:%d" % self.port
        upstreams = "\n".join("    server 127.0.0.1:%d max_fails=1 fail_timeout=2s;" % i.port for i in instances)
        conf = open(os.path.join(source, "tests", "cluster", "nginx.conf.in"), encoding="utf-8").read()
        conf = conf.replace("@DIR@", self.dir).replace("@PORT@", str(self.port)).replace("@UPSTREAMS@", upstreams)
        self.conf = os.path.join(self.dir, "nginx.conf")
        open(self.conf, "w", encoding="utf-8").write(conf)
        self.process = None

    def start(self):
        cmd = [shutil.which("nginx") or "/usr/sbin/nginx", "-p", self.dir, "-c", self.conf, "-g", "daemon off;"]
        if os.geteuid() == 0:
            # Unprivileged even when the tests run as root: its files are its own.
            subprocess.run(["chown", "-R", "nobody:nogroup", self.dir], check=True)
            os.chmod(os.path.dirname(self.dir), 0o711)  # nobody may pass through, not list
            cmd = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] + cmd
        self.output = open(os.path.join(os.path.dirname(self.dir), "nginx.out"), "w+", encoding="utf-8")
        self.process = subprocess.Popen(cmd, stdout=self.output, stderr=subprocess.STDOUT)
        deadline = time.time() + 20
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("nginx exited: " + self.error_log())
            if request("GET", self.url + "/healthz", timeout=2)[0] == 200:
                return
            time.sleep(0.1)
        raise RuntimeError("nginx did not answer: " + self.error_log())

    def error_log(self):
        path = os.path.join(self.dir, "error.log")
        self.output.seek(0)
        return self.output.read() + (open(path).read() if os.path.exists(path) else "")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)


def conference(cid):
    return {"id": cid, "title": "Load " + cid, "city": "Vienna", "startDate": "2018-03-01",
            "endDate": "2018-03-02", "languages": ["en"], "organizations": [], "people": [], "organizers": []}


class Load:
    """Writers create conferences through nginx, readers read them back; every
    answer is kept as (method, start, end, status, id)."""

    def __init__(self, url, token, writers=4, readers=4):
        self.url, self.token = url, token
        self.results, self.acknowledged = [], []
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self.write, args=(w,)) for w in range(writers)]
        self.threads += [threading.Thread(target=self.read) for _ in range(readers)]

    def record(self, method, start, status, cid):
        with self.lock:
            self.results.append((method, start, time.time(), status, cid))
            if method == "POST" and status == 201:
                self.acknowledged.append(cid)

    def write(self, w):
        k = 0
        while not self.stop.is_set():
            cid = "load-%d-%d" % (w, k)
            k += 1
            start = time.time()
            status, _ = request("POST", self.url + "/api/v1/conferences", conference(cid), self.token, load_id=cid)
            self.record("POST", start, status, cid)

    def read(self):
        while not self.stop.is_set():
            with self.lock:
                cid = self.acknowledged[-1] if self.acknowledged else None
            path = "/api/v1/conferences/" + cid if cid else "/api/v1/conferences?limit=5"
            start = time.time()
            status, _ = request("GET", self.url + path, token=self.token)
            self.record("GET", start, status, cid)

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self.threads:
            t.join()


def sign_in(url, user, password):
    status, body = request("POST", url + "/api/v1/session", {"user": user, "password": password})
    return status, (body or {}).get("token") if isinstance(body, dict) else None


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def wrk(url, token, seconds, connections=64):
    cmd = ["wrk", "-t2", "-c%d" % connections, "-d%ds" % seconds, "--latency"]
    if token:
        cmd += ["-H", "Authorization: Bearer " + token]
    out = subprocess.run(cmd + [url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, p99, int(bad.group(1)) if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--server", required=True)
    ap.add_argument("--accord", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--postgres", default=os.environ.get("ACCORD_TEST_POSTGRES", ""))
    ap.add_argument("--bench", action="store_true", help="also measure throughput and memory (minutes)")
    ap.add_argument("--load-seconds", type=float, default=3.0, help="load before and after the kill")
    args = ap.parse_args()
    if not args.postgres:
        sys.exit("several_servers: no PostgreSQL (give --postgres or set ACCORD_TEST_POSTGRES)")
    workdir = tempfile.mkdtemp(prefix="accord-cluster-")
    schema = "accord_cluster_%d" % os.getpid()
    storage = args.postgres + ("&" if "?" in args.postgres else "?") + "schema=" + schema
    secret = os.path.join(workdir, "accord-secret")
    env = dict(os.environ, ACCORD_HOME=args.source)
    accounts = os.path.join(workdir, "accounts.txt")
    subprocess.run([args.accord, "seed-accounts", "--storage", storage, "--out", accounts], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    passwords = {}
    for line in open(accounts, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            name, password = line.split("\t")[:2]
            passwords[name] = password
    instances = [Instance(n, args, storage, secret, workdir) for n in range(3)]
    nginx = Nginx(workdir, instances, args.source)
    try:
        # The first start makes the secret file and seeds the sample; the others share both.
        for i in instances:
            i.start()
        nginx.start()
        for i in instances:
            check(request("GET", i.url + "/healthz")[0] == 200, "instance %d: /healthz" % i.n)
        print("3 instances on %s, nginx at %s" % (storage, nginx.url))

        # Sessions: a token made through nginx (by whichever instance) works on each.
        status, token = sign_in(nginx.url, "secretariat", passwords["secretariat"])
        check(status == 201 and token, "sign-in through nginx: %s" % status)
        for i in instances:
            check(request("GET", i.url + "/api/v1/session", token=token)[0] == 200,
                  "instance %d does not honour a token another made" % i.n)
        print("sessions: one token honoured by all 3 instances")

        # The login throttle lives in the database: failures counted on every
        # instance (round robin) lock the account out on each of them.
        statuses = []
        for _ in range(40):
            statuses.append(sign_in(nginx.url, "viewer", "wrong password")[0])
            if statuses[-1] == 429:
                break
        check(statuses[-1] == 429, "the throttle never refused through nginx: %s" % statuses)
        for i in instances:
            s = sign_in(i.url, "viewer", passwords["viewer"])[0]
            check(s == 429, "instance %d lets a locked-out account in (%s)" % (i.n, s))
        print("login throttle: refused after %d failures spread over the instances, on every instance" %
              (len(statuses) - 1))

        # Load, SIGKILL one instance, restart it, load on.
        victim = instances[1]
        with Load(nginx.url, token) as load:
            time.sleep(args.load_seconds)
            killed_at = time.time()
            victim.kill()
            dead_at = time.time()  # reaped: its sockets are closed from here on
            time.sleep(1)
            victim.start()
            restarted_at = time.time()
            time.sleep(args.load_seconds)
        results = load.results
        failed = [r for r in results if r[3] >= 500 or r[3] == 0]
        # In flight on the killed instance: a write nginx sent to it (its access log
        # names the instance) between the signal and the restart. Besides the writes
        # it was serving, that is a write nginx sent over a kept-alive connection the
        # kill had just broken: nginx never resends a POST once sent (it may have
        # been stored), so it answers 502. A write that failed anywhere else, or on
        # the restarted instance, is a failure.
        victim_addr = "127.0.0.1:%d" % victim.port
        sent_to = {}
        for line in open(os.path.join(nginx.dir, "access.log"), encoding="utf-8"):
            load_id, method, _status, upstreams = line.rstrip("\n").split(" ", 3)
            if method == "POST" and load_id != "-":
                sent_to[load_id] = upstreams.strip('"').split(", ")[-1]
        in_flight = [r for r in failed if r[0] == "POST" and sent_to.get(r[4]) == victim_addr
                     and r[2] >= killed_at and r[1] <= restarted_at]
        others = [r for r in failed if r not in in_flight]
        print("load: %d requests (%d writes acknowledged), instance 1 killed at +%.1f s and back %.1f s later" %
              (len(results), len(load.acknowledged), killed_at - results[0][1] if results else 0,
               restarted_at - killed_at))
        print("5xx or no answer: %d, all writes in flight on the killed instance: %s" %
              (len(in_flight), [(r[0], r[3], r[4]) for r in in_flight]))
        check(not others, "5xx beyond the killed instance's in-flight writes (method, sent and answered in s "
              "after the kill, status, id, upstream; the restart answered at +%.2f s): %s" %
              (restarted_at - killed_at,
               [(r[0], round(r[1] - killed_at, 3), round(r[2] - killed_at, 3), r[3], r[4], sent_to.get(r[4]))
                for r in others]))
        conflicts = [r for r in results if r[3] not in (200, 201) and r not in failed]
        check(not conflicts, "unexpected answers: %s" % conflicts[:10])

        # No acknowledged write lost, and every instance sees them (after the bound).
        time.sleep(2 * STALE_MS / 1000)
        for i in instances:
            missing = [c for c in load.acknowledged
                       if request("GET", i.url + "/api/v1/conferences/" + c, token=token)[0] != 200]
            check(not missing, "instance %d lacks acknowledged writes: %s" % (i.n, missing[:10]))
        print("every acknowledged write (%d) reads back from each instance" % len(load.acknowledged))

        # Staleness: a write on one instance, polled on the others.
        lags = []
        for k in range(5):
            cid = "stale-%d" % k
            for i in instances[1:]:  # cache the 404 first, as a reader would have
                request("GET", i.url + "/api/v1/conferences/" + cid, token=token)
            check(request("POST", instances[0].url + "/api/v1/conferences", conference(cid), token)[0] == 201,
                  "write on instance 0")
            written = time.time()
            for i in instances[1:]:
                while request("GET", i.url + "/api/v1/conferences/" + cid, token=token)[0] != 200:
                    check(time.time() - written < 10, "instance %d never saw %s" % (i.n, cid))
                    time.sleep(0.01)
                lags.append((time.time() - written) * 1000)
        print("staleness: another instance sees a write after %.0f ms at most (bound: %d ms + one head query)" %
              (max(lags), STALE_MS))

        if args.bench:
            bench(nginx, instances, token)
        print("several_servers: ok")
    except AssertionError:
        # What each instance and nginx said, for a failure that does not repeat at will.
        for i in instances:
            if os.path.exists(i.logpath):
                print("--- instance %d (port %d), end of its log:\n%s" %
                      (i.n, i.port, "".join(open(i.logpath, encoding="utf-8", errors="replace").readlines()[-30:])))
        print("--- nginx error log:\n" + nginx.error_log())
        raise
    finally:
        nginx.stop()
        for i in instances:
            i.stop()
        subprocess.run(["psql", "-q", args.postgres, "-c", "DROP SCHEMA IF EXISTS %s CASCADE" % schema],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(workdir, ignore_errors=True)


def bench(nginx, instances, token):
    path = "/api/v1/declarations/skopje-joint-declaration"
    check(request("GET", nginx.url + path, token=token)[0] == 200, "bench read")
    static = os.path.join(nginx.dir, "static", "static.json")
    with urllib.request.urlopen(urllib.request.Request(
            nginx.url + path, headers={"Authorization": "Bearer " + token})) as r:
        raw = r.read()
    open(static, "wb").write(raw)
    os.chmod(static, 0o644)
    rps, p99, bad = wrk(nginx.url + path, token, 10)
    srps, sp99, sbad = wrk(nginx.url + "/static.json", None, 10)
    print("bench, wrk -t2 -c64 -d10s through nginx, %d B answers, %d cores:" % (len(raw), os.cpu_count()))
    print("  JSON read, 3 instances on PostgreSQL: %8.0f req/s  p99 %s  non-2xx %d" % (rps, p99, bad))
    print("  nginx static file of the same size:   %8.0f req/s  p99 %s  non-2xx %d" % (srps, sp99, sbad))
    print("  ratio: %.2f of nginx's static throughput" % (rps / srps))
    before = [i.rss_kib() for i in instances]
    rps60, p9960, _ = wrk(nginx.url + path, token, 60)
    after = [i.rss_kib() for i in instances]
    print("  60 s load (%.0f req/s, p99 %s): RSS per instance before %s KiB, after %s KiB" %
          (rps60, p9960, before, after))


if __name__ == "__main__":
    main()
