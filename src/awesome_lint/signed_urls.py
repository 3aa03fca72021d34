"""Signed and tokenised URLs: which scheme signed a URL, when it expires, and how to show it.

Pure functions, no I/O except loading the repair recipes (``data/signed_url_recipes.yaml``), which
happens on first need only: :func:`looks_signed` is a cheap test on the URL string that plain
linting runs on every link, and nothing is parsed, imported or loaded unless it says yes.

Schemes recognised (query parameter names are case-insensitive):

==============================  ===========================================================
AWS Signature V4                ``X-Amz-Signature``/``-Credential``/``-Algorithm``; expiry
                                ``X-Amz-Date`` + ``X-Amz-Expires``
AWS Signature V2                ``AWSAccessKeyId`` + ``Signature``; expiry ``Expires`` (epoch)
CloudFront signed URL           ``Key-Pair-Id`` + ``Signature``; expiry ``Expires`` or the
                                ``DateLessThan`` of the base64 ``Policy``
Google Cloud Storage V4         ``X-Goog-Signature``/``-Credential``/``-Algorithm``; expiry
                                ``X-Goog-Date`` + ``X-Goog-Expires``
Google Cloud Storage V2         ``GoogleAccessId`` + ``Signature``; expiry ``Expires``
Alibaba Cloud OSS / Huawei OBS  ``OSSAccessKeyId``/``AccessKeyId`` + ``Signature``; ``Expires``
Tencent Cloud COS               ``q-signature`` + ``q-sign-time`` (``start;end``)
Azure shared access signature   ``sig`` + ``se`` (expiry) or ``sv``/``si``; signed at ``st``
Akamai token                    ``__token__``/``hdnts`` holding ``exp=...~hmac=...``
Meta CDN (fbcdn.net)            ``oh`` (hash) + ``oe`` (expiry, hexadecimal epoch)
Publisher access token          a token parameter on a publisher host named in the recipes
                                (no stated expiry)
Session id                      ``CFID`` + ``CFTOKEN``, ``;jsessionid=`` (path) or
                                ``jsessionid``/``PHPSESSID`` (query); no stated expiry
Scholar campus access           ``casa_token`` (Google Scholar's off-campus access for one
                                reader, on any publisher's host); no stated expiry
Temporary share link            a host under ``gradio.live`` (Gradio's ``share=True``
                                tunnels; lapses 72 hours to a week after it was made), an
                                ngrok address made for one run, a Cloudflare quick tunnel
==============================  ===========================================================
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

import msgspec

# ---- the cheap pre-filter ------------------------------------------------------------------

# Substrings of the lower-cased query string, one of which every recognised scheme contains.
SHARE_HINTS = ("gradio.live", "ngrok", "trycloudflare.com")  # in the host of a temporary tunnel (see share_host)
_HINTS = ("sig", "token", "x-amz", "x-goog", "expires", "key-pair-id", "accessid", "hmac", "__acm__", "oe=",
          "cfid", "jsessionid", "phpsessid", "guestaccesskey")


def looks_signed(url: str, extra_hints: tuple[str, ...] = ()) -> bool:
    """True when ``url`` may be signed: a substring test, no parsing. False means surely not."""
    head = url[:100].lower()
    if any(h in head for h in SHARE_HINTS):
        return True
    q = url.find("?")
    if q < 0:
        return ";jsessionid=" in url.lower()
    query = url[q + 1 :].lower()
    return (any(h in query for h in _HINTS) or any(h in query for h in extra_hints)
            or ";jsessionid=" in url[:q].lower())


# Session ids some servers put in links: valid for the browser session they were copied from.
# ColdFusion (ACM's old Digital Library) uses CFID with CFTOKEN; Java servers put
# `;jsessionid=` in the path (or a query parameter); PHP uses PHPSESSID.
_SESSION_PARAMS = ("cfid", "cftoken", "jsessionid", "phpsessid")
_JSESSION_PATH = re.compile(r"(?i);jsessionid=[^?#/;]*")


def session_params(url: str) -> list[str]:
    """The session-id parameters of ``url`` as written (``;jsessionid`` for one in the path);
    empty when it has none. CFID and CFTOKEN count only together."""
    found = []
    q = url.find("?")
    head = url if q < 0 else url[:q]
    if _JSESSION_PATH.search(head):
        found.append(";jsessionid")
    if q >= 0:
        names = [part.partition("=")[0] for part in url[q + 1:].split("#", 1)[0].split("&")]
        lows = {n.lower() for n in names}
        for n in names:
            low = n.lower()
            if low in ("jsessionid", "phpsessid") or low in ("cfid", "cftoken") and {"cfid", "cftoken"} <= lows:
                found.append(n)
    return found


def drop_session(url: str) -> str:
    """``url`` without its session ids; every other byte as written."""
    q = url.find("?")
    head = _JSESSION_PATH.sub("", url if q < 0 else url[:q])
    return drop_params(head + ("" if q < 0 else url[q:]),
                       {n.lower() for n in session_params(url) if not n.startswith(";")})


def drop_params(url: str, drop: set[str]) -> str:
    """``url`` without the query parameters named in ``drop`` (lower case); every other byte as
    written."""
    q = url.find("?")
    head, rest = (url, "") if q < 0 else (url[:q], url[q:])
    if not rest:
        return head
    h = rest.find("#")
    query, frag = (rest[1:h], rest[h:]) if h >= 0 else (rest[1:], "")
    kept = [part for part in query.split("&") if part and part.partition("=")[0].lower() not in drop]
    return head + ("?" + "&".join(kept) if kept else "") + frag


# ---- recognising a scheme --------------------------------------------------------------------

AWS_V4 = "AWS Signature V4"
AWS_V2 = "AWS Signature V2"
CLOUDFRONT = "CloudFront signed URL"
GCS_V4 = "Google Cloud Storage V4"
GCS_V2 = "Google Cloud Storage V2"
AZURE = "Azure shared access signature"
OSS = "Alibaba Cloud OSS"
OBS = "Huawei Cloud OBS"
COS = "Tencent Cloud COS"
AZURE = "Azure shared access signature"
AKAMAI = "Akamai token"
META = "Meta CDN signature"
TOKEN = "publisher access token"
SESSION = "session id"
CASA = "Google Scholar campus access"
SHARE = "temporary share link"

SCHEMES = (AWS_V4, AWS_V2, CLOUDFRONT, GCS_V4, GCS_V2, OSS, OBS, COS, AZURE, AKAMAI, META, TOKEN, SESSION, CASA,
           SHARE)
_META_HOSTS = (".fbcdn.net", ".cdninstagram.com")
# Hosts of tunnels that a demo's own machine serves for a few days: Gradio's `share=True` links
# (`https://<hex>.gradio.live`) expire 72 hours after they are made (a week since Gradio 5)
_SHARE_HOSTS = (".gradio.live",)
# ngrok's addresses made afresh for each run: a hexadecimal name, or one that spells the
# machine's IP address (`6dd3-20-163-117-69.ngrok-free.app`); a reserved name
# (`demo.example.ngrok.app`, `calm-red-fox.ngrok-free.app`) lasts and is not reported
_NGROK_RANDOM = re.compile(r"(?:[0-9a-f]{8,16}|[0-9a-f]{1,4}(?:-[0-9a-f]{1,4}){4,8})\.(?:ngrok\.io|ngrok-free\.app|ngrok-free\.dev|ngrok\.app)")


def share_host(host: str) -> str | None:
    """The service whose temporary tunnel ``host`` is (Gradio, ngrok, Cloudflare), or None."""
    if host.endswith(_SHARE_HOSTS):
        return "Gradio"
    if "ngrok" in host and _NGROK_RANDOM.fullmatch(host):
        return "ngrok"
    if host.endswith(".trycloudflare.com"):
        return "Cloudflare quick tunnel"
    return None
# Google Scholar's Campus Activated Subscriber Access: `casa_token=` on a publisher's link gives
# one reader, off campus, the access their library pays for; it lapses and is that reader's
CASA_PARAMS = ("casa_token",)


class Signed(msgspec.Struct, frozen=True):
    """What :func:`classify` found out about a signed URL."""

    scheme: str
    host: str
    expires: float | None = None  # seconds since the epoch; None: not stated in the URL
    signed_at: float | None = None  # when it was signed, where the URL says
    lifetime: float | None = None  # seconds it was signed for, where the URL says
    credential: bool = False  # carries a temporary credential (X-Amz-Security-Token)
    publisher: str | None = None  # the recipe that named the host, for token links

    def expired(self, now: float) -> bool:
        return self.expires is not None and self.expires <= now


def split_url(url: str) -> tuple[str, str, str, str]:
    """(scheme, host, path, query) of a URL as written; host lower-cased, without port or user."""
    url = url.replace("&amp;", "&")
    m = re.match(r"(?i)([a-z][a-z0-9+.-]*:)?//([^/?#]*)([^?#]*)(?:\?([^#]*))?", url)
    if not m:
        return "", "", "", ""
    host = m.group(2).rsplit("@", 1)[-1].lower()
    if not host.startswith("["):
        host = host.split(":", 1)[0]
    return (m.group(1) or "").lower(), host.rstrip("."), m.group(3), m.group(4) or ""


def query_params(query: str) -> dict[str, str]:
    """Lower-cased parameter name -> first value (percent-decoded)."""
    from urllib.parse import parse_qsl

    out: dict[str, str] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        out.setdefault(key.strip().lower(), value)
    return out


def _compact_time(value: str) -> float | None:
    """``20250409T082514Z`` (AWS and Google V4 dates) -> epoch seconds."""
    try:
        return datetime.strptime(value.strip(), "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc).timestamp()
    except ValueError:
        return None


def _iso_time(value: str) -> float | None:
    """``2025-04-09T08:30:14Z`` or ``2025-04-09`` (Azure) -> epoch seconds."""
    value = value.strip()
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.timestamp()


def _epoch(value: str | None) -> float | None:
    if value is None:
        return None
    value = value.strip()
    if not value.isdecimal() or len(value) > 12:
        return None
    return float(value)


def _seconds(value: str | None) -> float | None:
    if value is None or not value.strip().isdecimal() or len(value.strip()) > 10:
        return None
    return float(value.strip())


def _cloudfront_policy_expiry(policy: str) -> float | None:
    """``DateLessThan`` of a CloudFront custom policy (URL-safe base64 of JSON)."""
    import base64
    import json

    raw = policy.strip().replace("-", "+").replace("_", "=").replace("~", "/")
    try:
        data = json.loads(base64.b64decode(raw + "=" * (-len(raw) % 4)).decode("utf-8"))
        cond = data["Statement"][0]["Condition"]["DateLessThan"]
        value = cond["AWS:EpochTime"] if isinstance(cond, dict) else cond
        return float(value)
    except (ValueError, KeyError, IndexError, TypeError, UnicodeDecodeError):
        return None


def _v4(p: dict[str, str], prefix: str) -> tuple[float | None, float | None, float | None]:
    signed_at = _compact_time(p.get(prefix + "date", ""))
    lifetime = _seconds(p.get(prefix + "expires"))
    expires = signed_at + lifetime if signed_at is not None and lifetime is not None else None
    return expires, signed_at, lifetime


def classify(url: str, publishers: list | None = None) -> Signed | None:
    """The signing scheme of ``url`` and its expiry, or None for an ordinary URL.

    ``publishers`` are recipes (see :mod:`awesome_lint.rules.signed_url`) whose ``token`` lists
    name the parameters that carry one-time access tokens on their hosts; they are consulted only
    when no generic scheme matches.
    """
    if not looks_signed(url, tuple(t for r in publishers or () for t in r.token)):
        return None
    _, host, _path, query = split_url(url)
    tunnel = share_host(host)
    if tunnel is not None:
        return Signed(SHARE, host, publisher=tunnel)
    if not query:
        return Signed(SESSION, host) if session_params(url) else None
    p = query_params(query)
    if not p:
        return None

    if "x-amz-signature" in p or "x-amz-credential" in p or "x-amz-algorithm" in p:
        expires, signed_at, lifetime = _v4(p, "x-amz-")
        return Signed(AWS_V4, host, expires, signed_at, lifetime, credential="x-amz-security-token" in p)
    if "x-goog-signature" in p or "x-goog-credential" in p or "x-goog-algorithm" in p:
        return Signed(GCS_V4, host, *_v4(p, "x-goog-"))
    if "signature" in p:
        if "key-pair-id" in p:
            expires = _epoch(p.get("expires"))
            if expires is None and "policy" in p:
                expires = _cloudfront_policy_expiry(p["policy"])
            return Signed(CLOUDFRONT, host, expires)
        if "awsaccesskeyid" in p:
            return Signed(AWS_V2, host, _epoch(p.get("expires")), credential="x-amz-security-token" in p)
        if "googleaccessid" in p:
            return Signed(GCS_V2, host, _epoch(p.get("expires")))
        if "ossaccesskeyid" in p:
            return Signed(OSS, host, _epoch(p.get("expires")), credential="security-token" in p)
        if "accesskeyid" in p:
            return Signed(OBS, host, _epoch(p.get("expires")))
    if "q-signature" in p and "q-sign-time" in p:
        times = [_epoch(t) for t in p["q-sign-time"].split(";")]
        if len(times) == 2 and None not in times:
            start, end = times
            return Signed(COS, host, end, start, end - start)  # type: ignore[operator]
        return Signed(COS, host)
    if "sig" in p and ("se" in p or "sv" in p or "si" in p):
        expires = _iso_time(p.get("se", ""))
        start = _iso_time(p.get("st", ""))
        lifetime = expires - start if expires is not None and start is not None else None
        return Signed(AZURE, host, expires, start, lifetime)
    for name in ("__token__", "hdnts"):
        value = p.get(name, "")
        if "hmac=" in value:
            fields = dict(f.split("=", 1) for f in value.split("~") if "=" in f)
            expires = _epoch(fields.get("exp"))
            start = _epoch(fields.get("st"))
            lifetime = expires - start if expires is not None and start is not None else None
            return Signed(AKAMAI, host, expires, start, lifetime)
    oe = p.get("oe", "")
    if "oh" in p and re.fullmatch(r"[0-9a-fA-F]{8}", oe) and host.endswith(_META_HOSTS):
        return Signed(META, host, float(int(oe, 16)))
    for recipe in publishers or ():
        if recipe.token and recipe.matches_host(host) and any(t.lower() in p for t in recipe.token):
            return Signed(TOKEN, host, publisher=recipe.name)
    if any(n in p for n in CASA_PARAMS):
        return Signed(CASA, host)
    if session_params(url):
        return Signed(SESSION, host)
    return None


# ---- showing URLs and times in messages ----------------------------------------------------


def shorten(url: str, limit: int = 128) -> str:
    """The URL without its query (never a token or signature), long path parts elided."""
    scheme, host, path, query = split_url(url)
    if not host:
        return url[:limit] + ("…" if len(url) > limit else "")
    parts = []
    for seg in path.split("/"):
        parts.append(seg if len(seg) <= 40 else seg[:16] + "…" + seg[-8:])
    path = "/".join(parts)
    head = f"{scheme}//{host}"
    room = max(limit - len(head), 16)
    if len(path) > room:
        keep = room // 2
        path = path[:keep] + "…" + path[-(room - keep - 1) :]
    return head + path + ("?…" if query else "")


def fmt_time(epoch: float) -> str:
    """``2025-04-09 08:30:14 UTC``."""
    try:
        return datetime.fromtimestamp(epoch, timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    except (OverflowError, OSError, ValueError):
        return "an unrepresentable date"


def fmt_duration(seconds: float) -> str:
    """``300 s``; long ones also in days or hours: ``604800 s (7 days)``."""
    s = int(seconds)
    if s >= 2 * 86400:
        return f"{s} s ({s / 86400:g} days)" if s % 86400 == 0 else f"{s} s ({s / 86400:.1f} days)"
    if s >= 2 * 3600:
        return f"{s} s ({s / 3600:g} hours)" if s % 3600 == 0 else f"{s} s ({s / 3600:.1f} hours)"
    return f"{s} s"


# ---- repair recipes ------------------------------------------------------------------------

RECIPE_KEYS = ("name", "hosts", "token", "id", "id-pattern", "url", "safe")


class Recipe(msgspec.Struct, frozen=True):
    """How to recognise a publisher's links and turn one into its stable address.

    ``hosts`` are glob patterns on the lower-cased host name; ``token`` names query parameters
    that carry one-time access tokens on those hosts; ``id`` says where the article id is, tried
    in order (``("param", NAME)`` or ``("path", REGEX)`` with a group named ``id``); the id must
    match ``id_pattern`` entirely; ``url`` is the stable URL with ``{id}`` in it.
    """

    name: str
    hosts: tuple[str, ...]
    token: tuple[str, ...] = ()
    id: tuple[tuple[str, object], ...] = ()
    id_pattern: re.Pattern | None = None
    url: str | None = None
    safe: bool = True

    def matches_host(self, host: str) -> bool:
        from fnmatch import fnmatchcase

        return any(fnmatchcase(host, pattern) for pattern in self.hosts)

    def find_id(self, url: str) -> str | None:
        _, _, path, query = split_url(url)
        params = None
        for kind, spec in self.id:
            if kind == "param":
                if params is None:
                    params = query_params(query)
                value = params.get(str(spec).lower(), "").strip()
            else:
                from urllib.parse import unquote

                m = spec.search(unquote(path))  # type: ignore[attr-defined]
                value = (m.group("id") if "id" in m.re.groupindex else m.group(1)) if m else ""
            if value and (self.id_pattern is None or self.id_pattern.fullmatch(value)):
                return value
        return None

    def stable_url(self, url: str) -> str | None:
        """The stable address of ``url``, or None where the recipe cannot derive it."""
        if not self.url or not self.id:
            return None
        ident = self.find_id(url)
        if ident is None:
            return None
        from urllib.parse import quote

        return self.url.replace("{id}", quote(ident, safe="/.-_~()"))


class RecipeError(ValueError):
    """A recipe mapping is malformed; the message names the key."""


def _strings(value, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise RecipeError(f"{key} must be a non-empty string or list of strings")
    return tuple(v.strip() for v in value)


def _regex(value, key: str) -> re.Pattern:
    if not isinstance(value, str) or not value:
        raise RecipeError(f"{key} must be a regular expression (a string)")
    try:
        return re.compile(value)
    except re.error as exc:
        raise RecipeError(f"{key} is not a valid regular expression: {exc}") from None


def make_recipe(data, where: str = "recipe") -> Recipe:
    """A :class:`Recipe` from one mapping (YAML or configuration); :class:`RecipeError` if bad."""
    if not isinstance(data, dict):
        raise RecipeError(f"{where} must be a mapping with keys {', '.join(RECIPE_KEYS)}")
    unknown = [k for k in data if k not in RECIPE_KEYS]
    if unknown:
        raise RecipeError(f"{where}: unknown key {unknown[0]!r} (keys: {', '.join(RECIPE_KEYS)})")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise RecipeError(f"{where}.name must be a non-empty string")
    where = f"{where} ({name})"
    if "hosts" not in data:
        raise RecipeError(f"{where}: hosts is required (glob patterns such as '*.example.org')")
    hosts = tuple(h.lower() for h in _strings(data["hosts"], f"{where}.hosts"))
    token = _strings(data["token"], f"{where}.token") if "token" in data else ()
    ids: list[tuple[str, object]] = []
    raw_ids = data.get("id", [])
    if isinstance(raw_ids, dict):
        raw_ids = [raw_ids]
    if not isinstance(raw_ids, list):
        raise RecipeError(f"{where}.id must be a list of {{param: NAME}} or {{path: REGEX}} mappings")
    for k, item in enumerate(raw_ids):
        key = f"{where}.id[{k}]"
        if not isinstance(item, dict) or len(item) != 1 or next(iter(item)) not in ("param", "path"):
            raise RecipeError(f"{key} must be a mapping with exactly one key, param or path")
        kind, value = next(iter(item.items()))
        if kind == "param":
            if not isinstance(value, str) or not value.strip():
                raise RecipeError(f"{key}.param must be a query parameter name")
            ids.append(("param", value.strip()))
        else:
            rx = _regex(value, f"{key}.path")
            if "id" not in rx.groupindex and rx.groups != 1:
                raise RecipeError(f"{key}.path must have a group named id, (?P<id>...), or exactly one group")
            ids.append(("path", rx))
    id_pattern = _regex(data["id-pattern"], f"{where}.id-pattern") if "id-pattern" in data else None
    url = data.get("url")
    if url is not None:
        if not isinstance(url, str) or not re.match(r"https?://[^/{}]+", url) or "{id}" not in url:
            raise RecipeError(f"{where}.url must be an http(s) URL template containing {{id}}")
        if not ids:
            raise RecipeError(f"{where}: url needs id (where to find the id in the link)")
    elif ids:
        raise RecipeError(f"{where}: id is given but no url template to put it in")
    if not token and url is None:
        raise RecipeError(f"{where}: give url (a repair) or token (access-token parameters), or both")
    safe = data.get("safe", True)
    if not isinstance(safe, bool):
        raise RecipeError(f"{where}.safe must be true or false")
    return Recipe(name.strip(), hosts, token, tuple(ids), id_pattern, url, safe)


_BUILTIN: list[Recipe] | None = None


def builtin_recipes() -> list[Recipe]:
    """The recipes shipped in ``data/signed_url_recipes.yaml`` (read from its JSON twin), once."""
    global _BUILTIN
    if _BUILTIN is None:
        from .datafiles import load

        path = "signed_url_recipes.yaml"
        data = load("signed_url_recipes")
        items = data.get("recipes") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise RecipeError(f"{path}: expected a mapping with a list under 'recipes'")
        _BUILTIN = [make_recipe(item, f"{path}: recipes[{k}]") for k, item in enumerate(items)]
    return _BUILTIN


def recipe_for(url: str, host: str, recipes: list[Recipe]) -> tuple[Recipe, str] | None:
    """The first recipe for ``host`` that derives a stable URL from ``url``, and that URL."""
    for recipe in recipes:
        if recipe.url and recipe.matches_host(host):
            new = recipe.stable_url(url)
            if new:
                return recipe, new
    return None
