"""nginx with the site's own configuration (ops/nginx/kira.conf) in front of a test's gunicorn,
and a visitor that talks to it from an address of its own."""

import http.client
import os
import re
import ssl
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager

from tests.support.processes import ROOT, free_port

NGINX = "/usr/sbin/nginx"


def self_signed_certificate(directory):
    certificate, key = directory / "certificate.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]
        + [
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ]
        + ["-keyout", str(key), "-out", str(certificate)],
        check=True,
        capture_output=True,
    )
    return certificate, key


@contextmanager
def nginx(site_environment, gunicorn_url, directory):
    """nginx with the site's configuration, as ops/nginx-site.sh writes it for an operator;
    yields its HTTPS and HTTP addresses and a TLS context that trusts its certificate.

    Its front cache is purged at the site's FRONTEND_CACHE_PURGE_URL when the site has one
    (`front_cache_purge_url()` before the site starts), else at a port nobody uses."""
    assert os.path.exists(NGINX), (
        f"nginx is not installed at {NGINX}: run ops/prepare-test-machine.sh"
    )
    certificate, key = self_signed_certificate(directory)
    http_port, https_port = free_port(), free_port()
    purge_url = site_environment.get("FRONTEND_CACHE_PURGE_URL") or front_cache_purge_url()
    site = subprocess.run(
        [ROOT / "ops" / "nginx-site.sh"],
        env={
            "PATH": os.environ["PATH"],
            "SERVER_NAME": "127.0.0.1",
            "HTTP_LISTEN": f"127.0.0.1:{http_port}",
            "HTTPS_LISTEN": f"127.0.0.1:{https_port}",
            "TLS_CERTIFICATE": str(certificate),
            "TLS_CERTIFICATE_KEY": str(key),
            "GUNICORN_BIND": urllib.parse.urlsplit(gunicorn_url).netloc,
            "STATIC_ROOT": site_environment["STATIC_ROOT"],
            "MEDIA_ROOT": site_environment["MEDIA_ROOT"],
            "FRONT_CACHE_DIR": str(directory / "front-cache"),
            "PURGE_LISTEN": urllib.parse.urlsplit(purge_url).netloc,
        },
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    (directory / "kira.conf").write_text(site)
    temporary = {
        name: directory / name for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    }
    for path in temporary.values():
        path.mkdir()
    # Debian's modules-enabled/*.conf load modules by paths relative to nginx's prefix.
    (directory / "modules").symlink_to("/usr/share/nginx/modules")
    # What Debian's /etc/nginx/nginx.conf gives a site (modules, MIME types), with everything
    # nginx writes kept in this directory.
    (directory / "nginx.conf").write_text(
        # pytest's temporary directories are readable by their owner only.
        ("user root;\n" if os.geteuid() == 0 else "")
        + "worker_processes 1;\n"
        + f"pid {directory}/nginx.pid;\n"
        + f"error_log {directory}/error.log;\n"
        + "include /etc/nginx/modules-enabled/*.conf;\n"
        + "events { worker_connections 64; }\n"
        + "http {\n"
        + "    include /etc/nginx/mime.types;\n"
        + "    default_type application/octet-stream;\n"
        + "    access_log off;\n"
        + "".join(f"    {name}_temp_path {path};\n" for name, path in temporary.items())
        + f"    include {directory}/kira.conf;\n"
        + "}\n"
    )
    server = subprocess.Popen(
        [NGINX, "-p", str(directory), "-e", str(directory / "error.log")]
        + ["-c", str(directory / "nginx.conf"), "-g", "daemon off;"],
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"https://127.0.0.1:{https_port}"
    tls = ssl.create_default_context(cafile=certificate)
    try:
        for _ in range(50):
            try:
                urllib.request.urlopen(f"{url}/robots.txt", timeout=1, context=tls)
                break
            except OSError:
                assert server.poll() is None, f"nginx exited: {server.stderr.read()}"
                time.sleep(0.2)
        else:
            raise AssertionError(f"nginx did not answer at {url}")
        yield url, f"http://127.0.0.1:{http_port}", tls
    finally:
        server.terminate()
        server.wait(timeout=10)


def front_cache_purge_url():
    return f"http://127.0.0.1:{free_port()}"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url, tls, encoding="identity", headers=None):
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding, **(headers or {})})
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=tls), NoRedirect)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


class Visitor:
    """A browser that carries its cookies by hand (production cookies are Secure, and the test
    may speak plain HTTP) and connects from an address of its own on the loopback network
    (127.0.0.2, 127.0.0.3, …), so that a proxy in front sees different visitors."""

    def __init__(self, base_url, source_address="127.0.0.1", tls=None):
        self.base = urllib.parse.urlsplit(base_url)
        self.source_address = source_address
        self.tls = tls
        self.cookies = {}

    def request(self, method, path, fields=None, headers=None):
        if self.base.scheme == "https":
            connection = http.client.HTTPSConnection(
                self.base.hostname,
                self.base.port,
                timeout=30,
                source_address=(self.source_address, 0),
                context=self.tls,
            )
        else:
            connection = http.client.HTTPConnection(
                self.base.hostname,
                self.base.port,
                timeout=30,
                source_address=(self.source_address, 0),
            )
        headers = {
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
            "Referer": f"{self.base.scheme}://{self.base.hostname}{path}",
            **(headers or {}),
        }
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value
        self.redirected_to = response.headers.get("Location")
        return response.status, response.read().decode()

    def follow(self, location=None):
        """Opens `location`, or the address the last answer redirected to, as a browser would."""
        address = urllib.parse.urlsplit(location or self.redirected_to)
        return self.request("GET", f"{address.path}?{address.query}")

    def submit(self, path, fields, headers=None):
        """Opens the page with the form, then sends it with the page's CSRF token."""
        _status, html = self.request("GET", path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        return self.request("POST", path, {**fields, "csrfmiddlewaretoken": token}, headers)
