"""Certificates for the TLS tests, made with openssl: a CA, a server certificate for 127.0.0.1
and a client certificate, each key unencrypted PKCS#8 (what Kafka's PEM key store reads)."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Certificates", "make_certificates"]

_NEW_KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]


@dataclass(frozen=True)
class Certificates:
    ca: Path
    server: Path
    server_key: Path
    client: Path
    client_key: Path


def _openssl(folder: Path, *args: str) -> None:
    subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)


def _signed(folder: Path, name: str, subject: str, extensions: str) -> None:
    ext, key, request, cert = f"{name}.ext", f"{name}.key", f"{name}.csr", f"{name}.pem"
    (folder / ext).write_text(extensions + "\n")
    _openssl(folder, "req", "-new", *_NEW_KEY, "-keyout", key, "-out", request, "-subj", subject)
    by_ca = ["-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days", "1"]
    _openssl(folder, "x509", "-req", "-in", request, *by_ca, "-out", cert, "-extfile", ext)


def make_certificates(folder: Path) -> Certificates:
    ca = ["-keyout", "ca.key", "-out", "ca.pem", "-days", "1", "-subj", "/CN=GeoWire test CA"]
    _openssl(folder, "req", "-x509", "-new", *_NEW_KEY, *ca)
    server = "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth,clientAuth"
    _signed(folder, "server", "/CN=127.0.0.1", server)
    _signed(folder, "client", "/CN=geowire", "extendedKeyUsage=clientAuth")
    return Certificates(
        ca=folder / "ca.pem",
        server=folder / "server.pem",
        server_key=folder / "server.key",
        client=folder / "client.pem",
        client_key=folder / "client.key",
    )
