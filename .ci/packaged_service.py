"""Starts and stops the packaged service for the scripts of .ci/ (the README tour, the contract check).

The service runs as `java -jar target/quarkus-app/quarkus-run.jar` in a working directory of the
caller's, so its embedded PostgreSQL keeps its data there (data/postgres), on a free port of
127.0.0.1, trusting the development key in dev/jwt unless told otherwise. It is started in a
process group of its own, so that stop() ends it and whatever it started, and nothing else.
"""
import os
import pathlib
import signal
import socket
import subprocess
import sys
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
JAR = ROOT / "target" / "quarkus-app" / "quarkus-run.jar"
DEV_KEY = {"MP_JWT_VERIFY_PUBLICKEY_LOCATION": str(ROOT / "dev" / "jwt" / "public-key.pem"),
           "MP_JWT_VERIFY_ISSUER": "https://karirhub-stats.dev.local"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def service_env(port, management_port=None, **extra):
    """The environment of a service on `port` of 127.0.0.1, on the embedded database whatever the caller's shell says;
    its management interface (metrics) on `management_port`, a free one when not given."""
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(port), QUARKUS_HTTP_HOST="127.0.0.1",
               QUARKUS_MANAGEMENT_PORT=str(management_port or free_port()), **extra)
    for name in ("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"):
        env.pop(name, None)
    return env


def start(command, cwd, env, log_path):
    """Starts `command` (a list, or a bash script as a string) in its own process group, output to log_path."""
    args = ["bash", "-euc", command] if isinstance(command, str) else command
    log = open(log_path, "w")
    return subprocess.Popen(args, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def wait_ready(url, process, what, log_path, timeout=180):
    """Waits until `url` answers 200; exits the caller when the process died or the time ran out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"{what} exited while starting; see {log_path}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit(f"{what} was not ready within {timeout} s; see {log_path}")


def stop(process):
    """SIGTERM to the process group (bash, and the java or node it started), SIGKILL after 40 s."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=40)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def mint(role):
    """A development token for `role` (valid 60 minutes), as `java dev/MintDevToken.java role` prints it."""
    return subprocess.run(["java", "dev/MintDevToken.java", role], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()
