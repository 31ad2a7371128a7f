"""The shipped nginx configuration (ops/nginx/kira.conf) in front of gunicorn with the production
settings: pages, image renditions and static files all arrive, compressed and cached as meant.

Without it nothing serves MEDIA_ROOT under the production settings, so every uploaded image and
og:image answered 404. nginx runs here in the foreground with its own prefix, pid file and
temporary directories, on free ports of 127.0.0.1, from a filled-in copy of the template.
"""

import gzip
import re
import urllib.parse
from pathlib import Path

import pytest

from tests.support.processes import app_server
from tests.support.web_server import fetch, nginx

pytestmark = [pytest.mark.service, pytest.mark.xdist_group("production_demo_on_sqlite")]


def test_nginx_serves_pages_images_and_static_files_in_front_of_gunicorn(
    tmp_path, production_demo_on_sqlite
):
    # A whole site, with photos on its home page, in the servers' own database.
    environment = production_demo_on_sqlite
    # The production defaults: HTTPS required, so the page must learn its scheme from nginx.
    environment.pop("SECURE_SSL_REDIRECT")
    documents = Path(environment["MEDIA_ROOT"]) / "documents"
    documents.mkdir(parents=True, exist_ok=True)
    (documents / "private.pdf").write_bytes(b"%PDF-1.4 private")
    (tmp_path / "nginx").mkdir()

    with (
        app_server(environment) as gunicorn,
        nginx(environment, gunicorn, tmp_path / "nginx") as (site, plain_http, tls),
    ):
        status, headers, body = fetch(site + "/ja/", tls, encoding="gzip")
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
            status, headers, body = fetch(site + image, tls)
            assert status == 200, image
            assert headers["Content-Type"].startswith("image/")
            assert headers["Cache-Control"] == "public, max-age=2592000"
            assert len(body) == int(headers["Content-Length"]) > 1000

        stylesheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', html).group(1)
        assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", stylesheet)
        for encoding in ("gzip", "br"):
            status, headers, _body = fetch(site + stylesheet, tls, encoding=encoding)
            assert status == 200
            assert headers["Content-Encoding"] == encoding
            assert headers["Cache-Control"] == "public, max-age=31536000, immutable"

        # Documents only through Wagtail's view, which checks privacy first.
        assert fetch(site + "/media/documents/private.pdf", tls)[0] == 404
        # A feed comes through gunicorn, compressed by nginx.
        status, headers, _body = fetch(site + "/ja/news/feed/", tls, encoding="br")
        assert (status, headers["Content-Encoding"]) == (200, "br")

        status, headers, _body = fetch(plain_http + "/ja/", tls)
        assert status == 301
        assert headers["Location"] == "https://127.0.0.1/ja/"
