"""The shipped nginx configuration (ops/nginx/kira.conf) in front of gunicorn with the production
settings: pages, image renditions and static files all arrive, compressed and cached as meant.

Without it nothing serves MEDIA_ROOT under the production settings, so every uploaded image and
og:image answered 404. nginx runs here in the foreground with its own prefix, pid file and
temporary directories, on free ports of 127.0.0.1, from a filled-in copy of the template.
"""

import gzip
import os
import re
import ssl
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager

import pytest

from tests.support.processes import ROOT, app_server, free_port, manage, production_environment

pytestmark = pytest.mark.service

NGINX = "/usr/sbin/nginx"
# The certificate is made up for the test, so nothing can verify it.
UNVERIFIED = ssl._create_unverified_context()


def self_signed_certificate(directory):
    certificate, key = directory / "certificate.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]
        + ["-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"]
        + ["-keyout", str(key), "-out", str(certificate)],
        check=True,
        capture_output=True,
    )
    return certificate, key


@contextmanager
def nginx(site_environment, gunicorn_url, directory):
    """nginx with the site's configuration, as ops/nginx-site.sh writes it for an operator."""
    assert os.path.exists(NGINX), (
        f"nginx is not installed at {NGINX}: run ops/prepare-test-machine.sh"
    )
    certificate, key = self_signed_certificate(directory)
    http_port, https_port = free_port(), free_port()
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
    try:
        for _ in range(50):
            try:
                urllib.request.urlopen(f"{url}/robots.txt", timeout=1, context=UNVERIFIED)
                break
            except OSError:
                assert server.poll() is None, f"nginx exited: {server.stderr.read()}"
                time.sleep(0.2)
        else:
            raise AssertionError(f"nginx did not answer at {url}")
        yield url, f"http://127.0.0.1:{http_port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url, encoding="identity"):
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
    opener = urllib.request.build_opener(
        urllib.request.HTTPSHandler(context=UNVERIFIED), NoRedirect
    )
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_nginx_serves_pages_images_and_static_files_in_front_of_gunicorn(tmp_path):
    environment = production_environment(f"sqlite:///{tmp_path / 'db.sqlite3'}", tmp_path)
    # The production defaults: HTTPS required, so the page must learn its scheme from nginx.
    environment.pop("SECURE_SSL_REDIRECT")
    manage(environment, "migrate", "--noinput")
    manage(environment, "load_demo_content")
    manage(environment, "collectstatic", "--noinput")
    (tmp_path / "media" / "documents").mkdir(parents=True, exist_ok=True)
    (tmp_path / "media" / "documents" / "private.pdf").write_bytes(b"%PDF-1.4 private")
    (tmp_path / "nginx").mkdir()

    with (
        app_server(environment) as gunicorn,
        nginx(environment, gunicorn, tmp_path / "nginx") as (site, plain_http),
    ):
        status, headers, body = fetch(site + "/ja/", encoding="gzip")
        assert status == 200
        assert headers["Content-Encoding"] == "gzip"
        html = gzip.decompress(body).decode()
        assert "柏市国際交流協会" in html
        assert "max-age=" in headers["Strict-Transport-Security"]

        og_image = re.search(r'<meta property="og:image" content="([^"]+)"', html).group(1)
        images = [
            urllib.parse.urlsplit(og_image).path,
            *re.findall(r'<img[^>]* src="([^"]+)"', html),
        ]
        assert all(image.startswith("/media/images/") for image in images)
        for image in images:
            status, headers, body = fetch(site + image)
            assert status == 200, image
            assert headers["Content-Type"].startswith("image/")
            assert headers["Cache-Control"] == "public, max-age=2592000"
            assert len(body) == int(headers["Content-Length"]) > 1000

        stylesheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', html).group(1)
        assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", stylesheet)
        for encoding in ("gzip", "br"):
            status, headers, _body = fetch(site + stylesheet, encoding=encoding)
            assert status == 200
            assert headers["Content-Encoding"] == encoding
            assert headers["Cache-Control"] == "public, max-age=31536000, immutable"

        # Documents only through Wagtail's view, which checks privacy first.
        assert fetch(site + "/media/documents/private.pdf")[0] == 404
        # A feed comes through gunicorn, compressed by nginx.
        status, headers, _body = fetch(site + "/ja/news/feed/", encoding="br")
        assert (status, headers["Content-Encoding"]) == (200, "br")

        status, headers, _body = fetch(plain_http + "/ja/")
        assert status == 301
        assert headers["Location"] == "https://127.0.0.1/ja/"
