"""The visitor's address, as the application form's limit and the admin's lockout see it.

Behind a proxy every connection comes from the proxy, and X-Forwarded-For says whom it came
from; but anyone can send that header, so it is believed only from a proxy named in
TRUSTED_PROXIES. django-ipware, the usual package, prefers the header to the connection's
address whoever sent it, which would let a visitor choose their own address.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def trusted_networks(proxies):
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def parsed(address):
    """An address as proxies and servers write it: maybe with a port (203.0.113.5:4711,
    [2001:db8::5]:443), maybe an IPv4 address in IPv6 form (::ffff:127.0.0.1)."""
    if address.startswith("["):
        address = address[1:].partition("]")[0]
    elif address.count(":") == 1:
        address = address.partition(":")[0]
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return None
    return getattr(ip, "ipv4_mapped", None) or ip


def client_address(request):
    """The connection's address, or the nearest untrusted one that a trusted proxy reported.

    Each proxy appends the address it was reached from, so the chain is read from the right,
    past our own proxies; the first address that is not one of them is the visitor's. What
    stands further left was written by the visitor and is never believed.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    networks = trusted_networks(tuple(settings.TRUSTED_PROXIES))

    def trusted(ip):
        return ip is not None and any(ip in network for network in networks)

    remote_ip = parsed(remote)
    if not trusted(remote_ip):
        return str(remote_ip) if remote_ip else remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for hop in reversed([hop.strip() for hop in forwarded.split(",")]):
        ip = parsed(hop)
        if ip is None:
            break
        if not trusted(ip):
            return str(ip)
        remote_ip = ip
    return str(remote_ip)
