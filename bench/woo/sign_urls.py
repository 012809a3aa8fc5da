#!/usr/bin/env python3
"""Signs WooCommerce REST URLs with one-legged OAuth 1.0a (HMAC-SHA256) the way
class-wc-rest-authentication.php checks them, for the curl baseline of bench_woo.sh.
Simple parameters only (no PHP arrays). Reads "URL OUTPUT" lines on stdin, writes a curl
config (url = ..., output = ...) on stdout. Usage: sign_urls.py KEY SECRET < list > curl.cfg"""
import base64, hashlib, hmac, secrets, sys, time, urllib.parse

key, secret = sys.argv[1], sys.argv[2]


def enc(text):
    return urllib.parse.quote(text, safe="-._~")


for line in sys.stdin:
    url, out = line.split()
    parts = urllib.parse.urlsplit(url)
    params = dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
    params.update(oauth_consumer_key=key, oauth_nonce=secrets.token_hex(16),
                  oauth_signature_method="HMAC-SHA256", oauth_timestamp=str(int(time.time())))
    pairs = sorted(params.items())
    joined = "%26".join(enc(enc(k) + "=" + enc(v)) for k, v in pairs)
    base = "GET&" + enc(f"{parts.scheme}://{parts.netloc}{parts.path}") + "&" + joined
    sig = base64.b64encode(hmac.new((secret + "&").encode(), base.encode(), hashlib.sha256).digest())
    query = "&".join(f"{enc(k)}={enc(v)}" for k, v in pairs + [("oauth_signature", sig.decode())])
    print(f'url = "{parts.scheme}://{parts.netloc}{parts.path}?{query}"')
    print(f'output = "{out}"')
